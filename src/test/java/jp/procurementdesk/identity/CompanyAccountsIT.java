package jp.procurementdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.procurementdesk.identity.CompanyAccounts.CompanyAccount;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.MailCatcher.Mail;
import jp.procurementdesk.support.RealmAdmin;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Company users in the real Keycloak through {@link CompanyAccounts} (service account of
 * {@code desk-admin}): what a new user is made of, Keycloak's own set-password mail caught by
 * the mail catcher, idempotent creation, conflicts, the company's list and the users at a
 * domain. Every test makes users of its own (unique addresses, a company of its own); demo
 * users are never touched. Disabling and suspension: {@link DisabledAccountsIT}.
 */
@DeskIntegrationTest
class CompanyAccountsIT {

	/** Where Keycloak's set-password link leads: its action-token endpoint. */
	static final String ACTION_TOKEN = "/realms/procurement-desk/login-actions/action-token";

	@Autowired
	CompanyAccounts accounts;

	@Test
	void aNewUserIsTheirEmailWithTheCompanyIdExactlyTheCompanyRolesAndGetsKeycloaksSetPasswordMail() {
		String company = newCompanyId();
		String email = "Hanako.Yamada@" + company + ".example.com";

		CompanyAccount account = accounts.create(company, email, "Hanako Yamada", Locale.ENGLISH, true);

		String username = email.toLowerCase();
		assertThat(account).isEqualTo(new CompanyAccount(username, "Hanako Yamada", username, true, true, true));
		UserRepresentation user = RealmAdmin.user(username).orElseThrow();
		assertThat(user.getEmail()).isEqualTo(username);
		assertThat(user.isEmailVerified()).isTrue();
		assertThat(user.isEnabled()).isTrue();
		assertThat(user.getFirstName()).isEqualTo("Hanako");
		assertThat(user.getLastName()).isEqualTo("Yamada");
		assertThat(user.getAttributes()).containsEntry("company_id", List.of(company)).containsEntry("locale", List.of("en"));
		assertThat(user.getRequiredActions()).containsExactly("UPDATE_PASSWORD");
		assertThat(RealmAdmin.realmRoles(username)).containsExactlyInAnyOrder("company", "company-admin");

		Mail mail = awaitMail(username, 1).get(0);
		assertThat(mail.subject()).as("Keycloak's English mail").doesNotContainPattern("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]");
		assertThat(mail.link(ACTION_TOKEN)).as(mail.body())
			.hasValueSatisfying(link -> assertThat(link)
				.startsWith(DeskInfrastructure.forTests().keycloak().url() + ACTION_TOKEN + "?key="));

		assertThat(accounts.list(company)).containsExactly(account);
		assertThat(accounts.usernamesAtDomain(company + ".example.com")).containsExactly(username);
		assertThat(accounts.usernamesAtDomain("@" + company.toUpperCase() + ".EXAMPLE.COM")).containsExactly(username);
		assertThat(accounts.usernamesAtDomain("example.com")).doesNotContain(username);
		assertThat(accounts.disabled(username)).isFalse();
	}

	@Test
	void aPlainColleagueGetsTheCompanyRoleOnlyANameWithoutSpaceIsTheFirstNameAndTheMailIsInTheirLanguage() {
		String company = newCompanyId();
		String email = "kobayashi@" + company + ".example.com";

		CompanyAccount account = accounts.create(company, email, "小林花子", Locale.JAPANESE, false);

		assertThat(account.companyAdmin()).isFalse();
		assertThat(account.name()).isEqualTo("小林花子");
		assertThat(RealmAdmin.realmRoles(email)).containsExactly("company");
		UserRepresentation user = RealmAdmin.user(email).orElseThrow();
		assertThat(user.getFirstName()).isEqualTo("小林花子");
		assertThat(user.getLastName()).isNull();
		assertThat(user.getAttributes()).containsEntry("locale", List.of("ja"));
		Mail mail = awaitMail(email, 1).get(0);
		assertThat(mail.subject()).as("Keycloak's Japanese mail").containsPattern("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]");
	}

	@Test
	void creatingTheSameUserTwiceMakesOneUserAndSendsTheMailAgain() {
		String company = newCompanyId();
		String email = "twice@" + company + ".example.com";

		CompanyAccount first = accounts.create(company, email, "Taro Twice", Locale.ENGLISH, true);
		CompanyAccount second = accounts.create(company, email.toUpperCase(), "Taro Twice", Locale.ENGLISH, true);

		assertThat(second).isEqualTo(first);
		assertThat(RealmAdmin.usersWithEmail(email)).hasSize(1);
		assertThat(awaitMail(email, 2)).allSatisfy(mail -> assertThat(mail.link(ACTION_TOKEN)).isPresent());
	}

	/** What a failure after Keycloak created the user leaves (no roles, no mail) is finished by the retry. */
	@Test
	void aRetryCompletesAUserLeftHalfMade() {
		String company = newCompanyId();
		String email = "half@" + company + ".example.com";
		UserRepresentation half = new UserRepresentation();
		half.setUsername(email);
		half.setEmail(email);
		half.setEnabled(true);
		half.setAttributes(Map.of("company_id", List.of(company)));
		RealmAdmin.realm().users().create(half).close();
		assertThat(RealmAdmin.realmRoles(email)).isEmpty();

		accounts.create(company, email, "Half Made", Locale.ENGLISH, true);

		assertThat(RealmAdmin.realmRoles(email)).containsExactlyInAnyOrder("company", "company-admin");
		UserRepresentation user = RealmAdmin.user(email).orElseThrow();
		assertThat(user.getRequiredActions()).containsExactly("UPDATE_PASSWORD");
		assertThat(user.isEmailVerified()).isTrue();
		assertThat(RealmAdmin.usersWithEmail(email)).hasSize(1);
		assertThat(awaitMail(email, 1)).hasSize(1);
	}

	@Test
	void theEmailOfAnotherCompanysUserOrOfTheDeskIsAConflictAndChangesNothing() {
		String company = newCompanyId();
		String other = newCompanyId();
		String email = "taken@" + company + ".example.com";
		accounts.create(company, email, "Taken Already", Locale.ENGLISH, false);

		assertThatThrownBy(() -> accounts.create(other, email, "Someone Else", Locale.ENGLISH, true))
			.isInstanceOf(ConflictException.class);
		// An advisor of the demo realm: neither moved into a company nor given a company role.
		String advisorEmail = RealmAdmin.user("advisor.tanaka").orElseThrow().getEmail();
		assertThatThrownBy(() -> accounts.create(other, advisorEmail, "Kenji Tanaka", Locale.ENGLISH, true))
			.isInstanceOf(ConflictException.class);

		assertThat(RealmAdmin.user(email).orElseThrow().getAttributes()).containsEntry("company_id", List.of(company));
		assertThat(RealmAdmin.realmRoles(email)).containsExactly("company");
		assertThat(RealmAdmin.realmRoles("advisor.tanaka")).doesNotContain("company", "company-admin");
		assertThat(Optional.ofNullable(RealmAdmin.user("advisor.tanaka").orElseThrow().getAttributes()).orElse(Map.of()))
			.doesNotContainKey("company_id");
		assertThat(accounts.list(other)).isEmpty();
	}

	@Test
	void aCompanyListsItsOwnUsersOnlyWithWhoIsItsAdmin() {
		String company = newCompanyId();
		String admin = "boss@" + company + ".example.com";
		String colleague = "colleague@" + company + ".example.com";
		accounts.create(company, admin, "Big Boss", Locale.ENGLISH, true);
		accounts.create(company, colleague, "Good Colleague", Locale.ENGLISH, false);
		accounts.create(newCompanyId(), "stranger@" + company + "-other.example.com", "Other Company", Locale.ENGLISH, false);

		assertThat(accounts.list(company)).containsExactly(new CompanyAccount(admin, "Big Boss", admin, true, true, true),
				new CompanyAccount(colleague, "Good Colleague", colleague, true, false, true));

		RealmAdmin.setPassword(colleague);

		assertThat(accounts.list(company)).extracting(CompanyAccount::invitationPending).as("the colleague has a password")
			.containsExactly(true, false);
	}

	@Test
	void disablingAUserOfAnotherCompanyIsNotFound() {
		String company = newCompanyId();
		String email = "mine@" + company + ".example.com";
		accounts.create(company, email, "Mine Only", Locale.ENGLISH, false);

		assertThatThrownBy(() -> accounts.disable(newCompanyId(), email)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.disable(company, "nobody@" + company + ".example.com"))
			.isInstanceOf(NotFoundException.class);
		assertThat(RealmAdmin.user(email).orElseThrow().isEnabled()).isTrue();
		assertThat(accounts.disabled(email)).isFalse();
	}

	/** A company of its own per test: its users' addresses are at its own domain. */
	static String newCompanyId() {
		return "t-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The mails Keycloak sent to the address, once there are at least {@code count}. */
	static List<Mail> awaitMail(String address, int count) {
		return DeskInfrastructure.testMail().awaitReceivedBy(address, count);
	}

}
