package jp.procurementdesk.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.identity.UserDirectory.DirectoryUser;
import jp.procurementdesk.notifications.internal.NotificationStore.StoredNotification;
import jp.procurementdesk.opportunities.OpportunityEvents.OpportunityPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An opportunity was published (docs/notifications.md#opportunities): every enabled user of
 * each company it matched hears of it in the application at once (kind
 * {@value #KIND}, linking to the opportunity's page), and the opportunity waits in
 * {@code desk.digest_item} for the user's next daily digest ({@link DigestMails}). Written in
 * the publishing transaction: an opportunity whose publication rolled back tells no one. A
 * company whose users Keycloak cannot name (it is away) is logged and skipped.
 */
@Component
class OpportunityAlerts {

	static final String KIND = "OPPORTUNITY_PUBLISHED";

	private static final Logger log = LoggerFactory.getLogger(OpportunityAlerts.class);

	private final NotificationStore store;

	private final UserDirectory directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	OpportunityAlerts(NotificationStore store, UserDirectory directory, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(OpportunityPublished published) {
		Map<String, String> parameters = Map.of(NotificationTexts.TITLE, published.title(),
				NotificationTexts.OPPORTUNITY_ID, published.opportunityId().toString(), NotificationTexts.OPPORTUNITY_KIND,
				published.kind().name());
		Instant now = clock.instant();
		for (String companyId : published.companyIds()) {
			List<DirectoryUser> users;
			try {
				users = directory.companyUsers(companyId);
			}
			catch (DataAccessException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				log.error("Opportunity {} not notified to company {}: its users are unknown ({})",
						published.opportunityId(), companyId, ex.toString());
				continue;
			}
			for (DirectoryUser user : users) {
				if (user.username().equals(published.publishedBy())) {
					continue;
				}
				store.add(new StoredNotification(UUID.randomUUID(), user.username(), null, KIND, parameters, now, null));
				waitForDigest(user.username(), published.opportunityId(), companyId, now);
			}
		}
	}

	private void waitForDigest(String username, UUID opportunityId, String companyId, Instant now) {
		jdbc.sql("""
				insert into desk.digest_item (username, opportunity_id, company_id, queued_at)
				values (:username, :opportunity, :company, :now)
				on conflict (username, opportunity_id) do nothing""")
			.param("username", username)
			.param("opportunity", opportunityId)
			.param("company", companyId)
			.param("now", Timestamp.from(now))
			.update();
	}

}
