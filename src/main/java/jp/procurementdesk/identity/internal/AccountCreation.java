package jp.procurementdesk.identity.internal;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jp.procurementdesk.identity.CompanyAccounts.CompanyAccount;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.ServiceUnavailableException;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates a company user in Keycloak and has Keycloak send its set-password mail. Every step
 * can be repeated: a retry after a failure (Keycloak away half-way, the mail refused) finds
 * the user it created by username, completes roles and required action, and sends the mail
 * again; two calls never make two users.
 */
@Component
class AccountCreation {

	/** The only realm roles the desk ever grants. {@code manage-users} could grant any. */
	static final Set<DeskRole> GRANTABLE = EnumSet.of(DeskRole.COMPANY, DeskRole.COMPANY_ADMIN);

	static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

	/** How long the set-password link of the mail is valid. */
	static final Duration LINK_LIFESPAN = Duration.ofDays(3);

	/** The client the set-password page leads back to (the web UI). */
	static final String WEB_CLIENT = "desk-web";

	/** The user attribute Keycloak takes a user's language from (its mails and pages). */
	static final String LOCALE = "locale";

	private static final Logger log = LoggerFactory.getLogger(AccountCreation.class);

	private final KeycloakAdmin keycloak;

	private final CompanyUsers users;

	private final AccountBlocks blocks;

	private final String publicUrl;

	AccountCreation(KeycloakAdmin keycloak, CompanyUsers users, AccountBlocks blocks,
			@Value("${desk.public-url}") String publicUrl) {
		this.keycloak = keycloak;
		this.users = users;
		this.blocks = blocks;
		this.publicUrl = URI.create(publicUrl.replaceAll("/+$", "")).toString();
	}

	CompanyAccount create(String companyId, String email, String name, Locale language, boolean companyAdmin) {
		String username = email.strip().toLowerCase(Locale.ROOT);
		String locale = keycloakLocale(language);
		UserRepresentation user = users.byUsernameOrEmail(username)
			.map(existing -> reused(existing, companyId, locale))
			.orElseGet(() -> created(companyId, username, name, locale));
		grant(user, roles(companyAdmin));
		keycloak.run("send the set-password mail to " + user.getUsername(),
				() -> resource(user).executeActionsEmail(WEB_CLIENT, publicUrl, (int) LINK_LIFESPAN.toSeconds(),
						List.of(UPDATE_PASSWORD)));
		log.info("Company user {} of {} ready; Keycloak sent the set-password mail", user.getUsername(), companyId);
		return new CompanyAccount(user.getUsername(), PersonName.display(user.getFirstName(), user.getLastName(),
				user.getUsername()), user.getEmail(), true, companyAdmin || users.isCompanyAdmin(user), true);
	}

	/** One of the realm's languages: Japanese, else English. */
	static String keycloakLocale(Locale language) {
		return language != null && "ja".equals(language.getLanguage()) ? "ja" : "en";
	}

	static Set<DeskRole> roles(boolean companyAdmin) {
		Set<DeskRole> roles = companyAdmin ? EnumSet.of(DeskRole.COMPANY, DeskRole.COMPANY_ADMIN)
				: EnumSet.of(DeskRole.COMPANY);
		if (!GRANTABLE.containsAll(roles)) {
			throw new IllegalArgumentException("The desk grants only " + GRANTABLE + ", not " + roles);
		}
		return roles;
	}

	/**
	 * A user of the same company (a retry, or a colleague invited again) is completed, in the
	 * language of the new invitation; any other is a conflict.
	 */
	private UserRepresentation reused(UserRepresentation existing, String companyId, String locale) {
		if (!companyId.equals(CompanyUsers.companyIdOf(existing))) {
			throw new ConflictException("This email address belongs to another user.");
		}
		if (blocks.reasonOf(existing.getUsername()).filter(BlockReason.COMPANY_SUSPENDED::equals).isPresent()) {
			throw new ConflictException("The company is suspended.");
		}
		List<String> actions = new ArrayList<>(Optional.ofNullable(existing.getRequiredActions()).orElse(List.of()));
		Map<String, List<String>> attributes = new HashMap<>(Optional.ofNullable(existing.getAttributes()).orElse(Map.of()));
		if (!Boolean.TRUE.equals(existing.isEnabled()) || !actions.contains(UPDATE_PASSWORD)
				|| !Boolean.TRUE.equals(existing.isEmailVerified()) || !List.of(locale).equals(attributes.get(LOCALE))) {
			if (!actions.contains(UPDATE_PASSWORD)) {
				actions.add(UPDATE_PASSWORD);
			}
			attributes.put(LOCALE, List.of(locale));
			existing.setAttributes(attributes);
			existing.setRequiredActions(actions);
			existing.setEnabled(true);
			existing.setEmailVerified(true);
			keycloak.run("enable user " + existing.getUsername(), () -> resource(existing).update(existing));
		}
		blocks.lift(existing.getUsername());
		return existing;
	}

	private UserRepresentation created(String companyId, String username, String name, String locale) {
		PersonName person = PersonName.of(name);
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEmail(username);
		user.setFirstName(person.firstName());
		user.setLastName(person.lastName());
		user.setEnabled(true);
		user.setEmailVerified(true);
		user.setAttributes(Map.of(CompanyUsers.COMPANY_ID, List.of(companyId), LOCALE, List.of(locale)));
		user.setRequiredActions(List.of(UPDATE_PASSWORD));
		try (Response response = keycloak.call("create user " + username, () -> keycloak.realm().users().create(user))) {
			int status = response.getStatus();
			if (status == 201) {
				user.setId(CreatedResponseUtil.getCreatedId(response));
				log.info("Created Keycloak user {} of company {}", username, companyId);
				return user;
			}
			if (status == 409) {
				// Created meanwhile by a concurrent call, or the email is someone else's.
				return users.byUsernameOrEmail(username)
					.map(existing -> reused(existing, companyId, locale))
					.orElseThrow(() -> new ConflictException("This email address belongs to another user."));
			}
			if (status == 400) {
				throw invalid(response.readEntity(String.class));
			}
			if (status >= 500) {
				throw new ServiceUnavailableException("Keycloak failed (" + status + ") to create user " + username, null);
			}
			throw new IllegalStateException("Keycloak answered " + status + " to creating user " + username);
		}
	}

	/** Keycloak's user profile refused a value: the email, or a name with characters it forbids. */
	static InvalidInputException invalid(String keycloakError) {
		String error = keycloakError == null ? "" : keycloakError;
		return error.contains("\"email\"") || error.contains("invalidEmail")
				? InvalidInputException.of("email", "account-email")
				: InvalidInputException.of("name", "account-name");
	}

	/**
	 * Adds the roles the user lacks. They are taken from the roles Keycloak offers to map to
	 * the user (what {@code manage-users} may grant; reading the realm's roles would need
	 * {@code view-realm}), by name, and only those of {@link #GRANTABLE}.
	 */
	private void grant(UserRepresentation user, Set<DeskRole> roles) {
		List<String> held = users.realmRoles(user);
		Set<String> wanted = roles.stream()
			.filter(GRANTABLE::contains)
			.map(DeskRole::realmRole)
			.filter(role -> !held.contains(role))
			.collect(Collectors.toSet());
		if (wanted.isEmpty()) {
			return;
		}
		List<RoleRepresentation> missing = keycloak
			.call("read the roles " + user.getUsername() + " may get",
					() -> resource(user).roles().realmLevel().listAvailable())
			.stream()
			.filter(role -> wanted.contains(role.getName()))
			.toList();
		if (missing.size() != wanted.size()) {
			throw new IllegalStateException("The realm does not offer the roles " + wanted + " to " + user.getUsername());
		}
		keycloak.run("grant " + wanted + " to " + user.getUsername(),
				() -> resource(user).roles().realmLevel().add(missing));
	}

	private UserResource resource(UserRepresentation user) {
		return keycloak.realm().users().get(user.getId());
	}

}
