package jp.procurementdesk.process.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.procurementdesk.companies.RegistrationReview;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * The delegates of {@code company-registration} hand the registration id, the reviewer's
 * values and who decided (outside an engine command: "system") to the companies module.
 */
class RegistrationDelegatesTest {

	static final UUID REGISTRATION = UUID.fromString("5b1d7c2e-0000-4000-8000-000000000015");

	final RegistrationDelegates delegates = new RegistrationDelegates();

	final List<String> calls = new ArrayList<>();

	final RegistrationReview review = new RegistrationReview() {

		@Override
		public void approve(UUID registrationId, String companyId, String decidedBy) {
			calls.add("approve " + registrationId + " " + companyId + " by " + decidedBy);
		}

		@Override
		public void reject(UUID registrationId, String note, String decidedBy) {
			calls.add("reject " + registrationId + " " + note + " by " + decidedBy);
		}

		@Override
		public void reviewOverdue(UUID registrationId) {
			calls.add("overdue " + registrationId);
		}

	};

	@Test
	void approveRejectAndOverdueReachTheReview() throws Exception {
		DelegateExecution execution = execution("hokkaido-diagnostics", "Not a maker of health products");

		delegates.approveRegistration(review).execute(execution);
		delegates.rejectRegistration(review).execute(execution);
		delegates.registrationReviewOverdue(review).execute(execution);

		assertThat(calls).containsExactly("approve " + REGISTRATION + " hokkaido-diagnostics by system",
				"reject " + REGISTRATION + " Not a maker of health products by system", "overdue " + REGISTRATION);
	}

	@Test
	void aMissingValueIsNamed() {
		DelegateExecution execution = execution(null, null);

		assertThatIllegalStateException().isThrownBy(() -> delegates.approveRegistration(review).execute(execution))
			.withMessage("Process variable companyId is missing");
		assertThatIllegalStateException().isThrownBy(() -> delegates.rejectRegistration(review).execute(execution))
			.withMessage("Process variable note is missing");
		assertThat(calls).isEmpty();
	}

	private static DelegateExecution execution(String companyId, String note) {
		DelegateExecution execution = mock(DelegateExecution.class);
		when(execution.getVariable(Variables.REGISTRATION_ID)).thenReturn(REGISTRATION.toString());
		when(execution.getVariable(Variables.COMPANY_ID)).thenReturn(companyId);
		when(execution.getVariable(Variables.NOTE)).thenReturn(note);
		return execution;
	}

}
