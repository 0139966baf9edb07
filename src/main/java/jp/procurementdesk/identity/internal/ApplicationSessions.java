package jp.procurementdesk.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The web sessions of a user in the application (Spring Session in PostgreSQL, table
 * {@code spring_session}, indexed by principal name = the Keycloak username): ended when the
 * user is disabled, on every node at once.
 */
@Component
class ApplicationSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	ApplicationSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the user; the number ended. */
	int end(String username) {
		var ids = sessions.findByPrincipalName(username).keySet();
		ids.forEach(sessions::deleteById);
		return ids.size();
	}

}
