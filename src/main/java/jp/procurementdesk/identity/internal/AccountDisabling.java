package jp.procurementdesk.identity.internal;

import java.util.Optional;

import jp.procurementdesk.shared.NotFoundException;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Disables company users: one by one (a company-admin) or all of a company (a suspension), and
 * enables a suspension's users again. The block is written first, so the application refuses
 * the user at once even if Keycloak then fails; Keycloak's user is disabled and their Keycloak
 * sessions end (no refresh, no single sign-on); their application sessions are deleted. Every
 * step can be repeated: a retry after a failure completes what is missing.
 */
@Component
class AccountDisabling {

	private static final Logger log = LoggerFactory.getLogger(AccountDisabling.class);

	private final KeycloakAdmin keycloak;

	private final CompanyUsers users;

	private final AccountBlocks blocks;

	private final ApplicationSessions sessions;

	AccountDisabling(KeycloakAdmin keycloak, CompanyUsers users, AccountBlocks blocks, ApplicationSessions sessions) {
		this.keycloak = keycloak;
		this.users = users;
		this.blocks = blocks;
		this.sessions = sessions;
	}

	void disable(String companyId, String username) {
		UserRepresentation user = users.byUsername(username)
			.filter(found -> companyId.equals(CompanyUsers.companyIdOf(found)))
			.orElseThrow(() -> new NotFoundException("User"));
		blocks.disabledByCompany(user.getUsername(), companyId);
		switchOff(user);
		log.info("Company user {} of {} disabled by {}", user.getUsername(), companyId, AccountBlocks.actor());
	}

	/**
	 * Every enabled user of the company, and those a failed earlier call blocked already; not
	 * those disabled before by their company-admin or in Keycloak by an operator.
	 */
	void disableCompany(String companyId) {
		int disabled = 0;
		for (UserRepresentation user : users.ofCompany(companyId)) {
			Optional<BlockReason> block = blocks.reasonOf(user.getUsername());
			boolean enabled = Boolean.TRUE.equals(user.isEnabled());
			if (block.isEmpty() && !enabled) {
				continue;
			}
			if (block.isEmpty()) {
				blocks.suspended(user.getUsername(), companyId);
			}
			switchOff(user);
			disabled++;
		}
		log.info("Company {} suspended: {} users disabled", companyId, disabled);
	}

	/** The users the suspension disabled, enabled in Keycloak first, then unblocked. */
	void enableCompany(String companyId) {
		int enabled = 0;
		for (String username : blocks.suspendedIn(companyId)) {
			Optional<UserRepresentation> user = users.byUsername(username);
			if (user.isPresent() && !Boolean.TRUE.equals(user.get().isEnabled())) {
				UserRepresentation representation = user.get();
				representation.setEnabled(true);
				keycloak.run("enable user " + username, () -> resource(representation).update(representation));
			}
			blocks.liftSuspension(username);
			enabled++;
		}
		log.info("Company {} reactivated: {} users enabled again", companyId, enabled);
	}

	private void switchOff(UserRepresentation user) {
		if (Boolean.TRUE.equals(user.isEnabled())) {
			user.setEnabled(false);
			keycloak.run("disable user " + user.getUsername(), () -> resource(user).update(user));
		}
		keycloak.run("end the Keycloak sessions of " + user.getUsername(), () -> resource(user).logout());
		sessions.end(user.getUsername());
	}

	private UserResource resource(UserRepresentation user) {
		return keycloak.realm().users().get(user.getId());
	}

}
