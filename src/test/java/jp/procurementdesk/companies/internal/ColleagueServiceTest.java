package jp.procurementdesk.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jp.procurementdesk.companies.CompanyAuditAction;
import jp.procurementdesk.companies.Invitation;
import jp.procurementdesk.identity.CompanyAccounts;
import jp.procurementdesk.identity.CompanyAccounts.CompanyAccount;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The colleague rules on their own (Keycloak and the database mocked): the company is always
 * the token's, a company-admin never disables themselves, the last company-admin, a disabled
 * colleague again or another company's user; an invitation grants the role company only.
 */
class ColleagueServiceTest {

	static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	static final CurrentUser ADMIN = new CurrentUser("admin@acme.example", "Admin", "admin@acme.example",
			Set.of(DeskRole.COMPANY, DeskRole.COMPANY_ADMIN), "acme-medical");

	static final CurrentUser COLLEAGUE = new CurrentUser("plain@acme.example", "Plain", "plain@acme.example",
			Set.of(DeskRole.COMPANY), "acme-medical");

	CompanyAccounts accounts = mock(CompanyAccounts.class);

	CompanyRepository companies = mock(CompanyRepository.class);

	CompanyAudit audit = mock(CompanyAudit.class);

	ColleagueService service = new ColleagueService(accounts, companies, audit, new Inputs(VALIDATION.getValidator()));

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	@BeforeEach
	void acme() {
		when(companies.findHeld("acme-medical")).thenReturn(Optional.of(mock(Company.class)));
	}

	@Test
	void aColleagueIsDisabledAndAudited() {
		colleagues(admin(ADMIN.username()), plain(COLLEAGUE.username()));

		service.disable(ADMIN, COLLEAGUE.username());

		verify(accounts).disable("acme-medical", COLLEAGUE.username());
		verify(audit).record("acme-medical", ADMIN.username(), CompanyAuditAction.USER_DISABLED,
				Map.of("username", COLLEAGUE.username()));
	}

	@Test
	void nobodyDisablesThemselves() {
		colleagues(admin(ADMIN.username()), admin("other@acme.example"));

		assertThatThrownBy(() -> service.disable(ADMIN, ADMIN.username().toUpperCase()))
			.isInstanceOf(ConflictException.class);
		verify(accounts, never()).disable(anyString(), anyString());
	}

	@Test
	void theLastCompanyAdminStays() {
		// The caller holds company-admin in the token, but Keycloak knows no other enabled admin.
		colleagues(plain(ADMIN.username()), admin("last@acme.example"),
				new CompanyAccount("gone@acme.example", "Gone", "gone@acme.example", false, true, false));

		assertThatThrownBy(() -> service.disable(ADMIN, "last@acme.example")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("last company-admin");
		verify(accounts, never()).disable(anyString(), anyString());
	}

	@Test
	void aCompanyAdminIsDisabledWhenAnotherStays() {
		colleagues(admin(ADMIN.username()), admin("second@acme.example"));

		service.disable(ADMIN, "second@acme.example");

		verify(accounts).disable("acme-medical", "second@acme.example");
	}

	@Test
	void aDisabledColleagueIsNotDisabledAgain() {
		colleagues(admin(ADMIN.username()),
				new CompanyAccount(COLLEAGUE.username(), "Plain", COLLEAGUE.username(), false, false, false));

		assertThatThrownBy(() -> service.disable(ADMIN, COLLEAGUE.username())).isInstanceOf(ConflictException.class);
	}

	@Test
	void anotherCompanysUserDoesNotExist() {
		colleagues(admin(ADMIN.username()));

		assertThatThrownBy(() -> service.disable(ADMIN, "sakura.user")).isInstanceOf(NotFoundException.class);
		verify(accounts, never()).disable(anyString(), anyString());
	}

	@Test
	void plainUsersChangeNoColleague() {
		assertThatThrownBy(() -> service.disable(COLLEAGUE, ADMIN.username())).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> service.invite(COLLEAGUE, new Invitation("New", "new@acme.example")))
			.isInstanceOf(ForbiddenException.class);
		verifyNoInteractions(accounts);
	}

	@Test
	void anInvitationCreatesAPlainUserOfTheCallersCompany() {
		colleagues(admin(ADMIN.username()));
		when(accounts.create(anyString(), anyString(), anyString(), any(), anyBoolean()))
			.thenReturn(new CompanyAccount("new@acme.example", "New Colleague", "new@acme.example", true, false, true));
		LocaleContextHolder.setLocale(Locale.JAPANESE);
		CompanyAccount invited;
		try {
			invited = service.invite(ADMIN, new Invitation(" New Colleague ", " New@Acme.Example "));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}

		assertThat(invited.username()).isEqualTo("new@acme.example");
		verify(accounts).create("acme-medical", "new@acme.example", "New Colleague", Locale.JAPANESE, false);
		verify(audit).record(eq("acme-medical"), eq(ADMIN.username()), eq(CompanyAuditAction.USER_INVITED), any());
	}

	@Test
	void aColleaguesEmailIsTaken() {
		colleagues(admin(ADMIN.username()), plain(COLLEAGUE.username()));

		assertThatThrownBy(() -> service.invite(ADMIN, new Invitation("Again", COLLEAGUE.username())))
			.isInstanceOf(ConflictException.class);
		verify(accounts, never()).create(anyString(), anyString(), anyString(), any(), anyBoolean());
	}

	@Test
	void anInvitationNeedsANameAndAnAddress() {
		assertThatThrownBy(() -> service.invite(ADMIN, new Invitation(" ", "not an address")))
			.isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
				.containsOnlyKeys("name", "email"));
		verifyNoInteractions(accounts);
	}

	private void colleagues(CompanyAccount... accounts) {
		when(this.accounts.list("acme-medical")).thenReturn(List.of(accounts));
	}

	private static CompanyAccount admin(String username) {
		return new CompanyAccount(username, username, username, true, true, false);
	}

	private static CompanyAccount plain(String username) {
		return new CompanyAccount(username, username, username, true, false, false);
	}

}
