package jp.procurementdesk.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.procurementdesk.identity.CompanyAccounts;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.stereotype.Service;

/**
 * {@link CompanyAccounts} with Keycloak's admin API (service account of {@code desk-admin})
 * and the desk's own record of disabled users ({@code account_block}).
 */
@Service
class KeycloakCompanyAccounts implements CompanyAccounts {

	private final AccountCreation creation;

	private final AccountDisabling disabling;

	private final CompanyUsers users;

	private final AccountBlocks blocks;

	KeycloakCompanyAccounts(AccountCreation creation, AccountDisabling disabling, CompanyUsers users,
			AccountBlocks blocks) {
		this.creation = creation;
		this.disabling = disabling;
		this.users = users;
		this.blocks = blocks;
	}

	@Override
	public CompanyAccount create(String companyId, String email, String name, Locale language, boolean companyAdmin) {
		return creation.create(companyId, email, name, language, companyAdmin);
	}

	/** Enabled means: enabled in Keycloak and not blocked by the desk. */
	@Override
	public List<CompanyAccount> list(String companyId) {
		List<UserRepresentation> members = users.ofCompany(companyId);
		Set<String> blocked = members.isEmpty() ? Set.of() : blocks.blockedIn(companyId);
		return members.stream()
			.map(user -> {
				boolean enabled = Boolean.TRUE.equals(user.isEnabled()) && !blocked.contains(user.getUsername());
				return new CompanyAccount(user.getUsername(),
						PersonName.display(user.getFirstName(), user.getLastName(), user.getUsername()), user.getEmail(),
						enabled, users.isCompanyAdmin(user), enabled && CompanyUsers.passwordPending(user));
			})
			.toList();
	}

	@Override
	public void disable(String companyId, String username) {
		disabling.disable(companyId, username);
	}

	@Override
	public void disableCompany(String companyId) {
		disabling.disableCompany(companyId);
	}

	@Override
	public void enableCompany(String companyId) {
		disabling.enableCompany(companyId);
	}

	@Override
	public boolean disabled(String username) {
		return blocks.reasonOf(username).isPresent();
	}

	@Override
	public List<String> usernamesAtDomain(String emailDomain) {
		String domain = emailDomain == null ? "" : emailDomain.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
		if (domain.isEmpty()) {
			return List.of();
		}
		String suffix = "@" + domain;
		return users.withEmailContaining(suffix)
			.stream()
			.filter(user -> user.getEmail() != null && user.getEmail().toLowerCase(Locale.ROOT).endsWith(suffix))
			.map(UserRepresentation::getUsername)
			.sorted()
			.toList();
	}

}
