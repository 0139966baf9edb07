package jp.procurementdesk.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Optional;

import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.internal.AccountGuard.Decision;
import jp.procurementdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The pure rules of company accounts: names, the roles granted, Keycloak's failures, the guard's decision. */
class CompanyAccountRulesTest {

	@Test
	void aNameIsSplitAtItsLastSpaceOrIsAllFirstName() {
		assertThat(PersonName.of("Emily Carter")).isEqualTo(new PersonName("Emily", "Carter"));
		assertThat(PersonName.of("  Mary  Ann   Smith ")).isEqualTo(new PersonName("Mary Ann", "Smith"));
		assertThat(PersonName.of("小林　花子")).isEqualTo(new PersonName("小林", "花子"));
		assertThat(PersonName.of("小林花子")).isEqualTo(new PersonName("小林花子", null));
		assertThat(PersonName.display("Mary Ann", "Smith", "mary@example.com")).isEqualTo("Mary Ann Smith");
		assertThat(PersonName.display("小林花子", null, "x")).isEqualTo("小林花子");
		assertThat(PersonName.display(null, null, "mary@example.com")).isEqualTo("mary@example.com");
	}

	@Test
	void theDeskGrantsTheCompanyRoleAndTheCompanyAdminRoleOnly() {
		assertThat(AccountCreation.roles(false)).containsExactly(DeskRole.COMPANY);
		assertThat(AccountCreation.roles(true)).containsExactlyInAnyOrder(DeskRole.COMPANY, DeskRole.COMPANY_ADMIN);
		assertThat(AccountCreation.GRANTABLE).doesNotContain(DeskRole.ADVISOR, DeskRole.SUPERVISOR);
	}

	@Test
	void keycloakRefusingAValueNamesTheFieldOfTheDesk() {
		InvalidInputException email = AccountCreation
			.invalid("{\"field\":\"email\",\"errorMessage\":\"invalidEmailMessage\"}");
		InvalidInputException name = AccountCreation
			.invalid("{\"field\":\"firstName\",\"errorMessage\":\"error-person-name-invalid-character\"}");

		assertThat(email.problems()).containsOnlyKeys("email");
		assertThat(email.problems().get("email").code()).isEqualTo("account-email");
		assertThat(name.problems()).containsOnlyKeys("name");
		assertThat(name.problems().get("name").code()).isEqualTo("account-name");
	}

	@Test
	void keycloakAwayOrFailingIsUnavailableARefusedServiceAccountIsAConfigurationError() {
		assertThat(KeycloakAdmin.translate("x", new ProcessingException(new ConnectException("refused"))))
			.isInstanceOf(jp.procurementdesk.shared.ServiceUnavailableException.class);
		assertThat(KeycloakAdmin.translate("x", new InternalServerErrorException()))
			.isInstanceOf(jp.procurementdesk.shared.ServiceUnavailableException.class);
		assertThat(KeycloakAdmin.translate("x", new ServiceUnavailableException()))
			.isInstanceOf(jp.procurementdesk.shared.ServiceUnavailableException.class);
		// The service account's token is fetched in a request filter: its refusal comes wrapped.
		assertThat(KeycloakAdmin.translate("x",
				new ProcessingException(new NotAuthorizedException(Response.status(401).build()))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("DESK_ADMIN_CLIENT_SECRET");
		NotFoundException missing = new NotFoundException();
		assertThat(KeycloakAdmin.translate("x", missing)).isSameAs(missing);
	}

	@Test
	void aDisabledUserIsRefusedEverythingASuspendedCompanysUserOnlyWrites() {
		assertThat(AccountGuard.decide(Optional.of(BlockReason.DISABLED_BY_COMPANY), false, true, () -> false))
			.isEqualTo(Decision.DISABLED);
		assertThat(AccountGuard.decide(Optional.of(BlockReason.COMPANY_SUSPENDED), false, true, () -> true))
			.isEqualTo(Decision.ALLOW);
		assertThat(AccountGuard.decide(Optional.of(BlockReason.COMPANY_SUSPENDED), true, true, () -> false))
			.isEqualTo(Decision.SUSPENDED);
		assertThat(AccountGuard.decide(Optional.empty(), true, true, () -> true)).isEqualTo(Decision.SUSPENDED);
		assertThat(AccountGuard.decide(Optional.empty(), true, true, () -> false)).isEqualTo(Decision.ALLOW);
		// The desk's staff belong to no company: never asked about one.
		assertThat(AccountGuard.decide(Optional.empty(), true, false, () -> {
			throw new AssertionError("no company to ask about");
		})).isEqualTo(Decision.ALLOW);
	}

}
