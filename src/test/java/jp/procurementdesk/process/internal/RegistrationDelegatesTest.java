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
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The delegates of {@code company-registration} hand the registration id and the reviewer's
 * values to the companies module, and fail clearly while the module offers no review.
 */
class RegistrationDelegatesTest {

	static final UUID REGISTRATION = UUID.fromString("5b1d7c2e-0000-4000-8000-000000000015");

	final RegistrationDelegates delegates = new RegistrationDelegates();

	final List<String> calls = new ArrayList<>();

	final RegistrationReview review = new RegistrationReview() {

		@Override
		public void approve(UUID registrationId, String companyId) {
			calls.add("approve " + registrationId + " " + companyId);
		}

		@Override
		public void reject(UUID registrationId, String note) {
			calls.add("reject " + registrationId + " " + note);
		}

		@Override
		public void reviewOverdue(UUID registrationId) {
			calls.add("overdue " + registrationId);
		}

	};

	@Test
	void approveRejectAndOverdueReachTheReview() throws Exception {
		ObjectProvider<RegistrationReview> available = provider(review);
		DelegateExecution execution = execution("hokkaido-diagnostics", "Not a maker of health products");

		delegates.approveRegistration(available).execute(execution);
		delegates.rejectRegistration(available).execute(execution);
		delegates.registrationReviewOverdue(available).execute(execution);

		assertThat(calls).containsExactly("approve " + REGISTRATION + " hokkaido-diagnostics",
				"reject " + REGISTRATION + " Not a maker of health products", "overdue " + REGISTRATION);
	}

	@Test
	void withoutAReviewEveryStepFailsClearly() {
		ObjectProvider<RegistrationReview> absent = provider(null);
		DelegateExecution execution = execution("hokkaido-diagnostics", "note");

		for (JavaDelegate delegate : List.of(delegates.approveRegistration(absent), delegates.rejectRegistration(absent),
				delegates.registrationReviewOverdue(absent))) {
			assertThatIllegalStateException().isThrownBy(() -> delegate.execute(execution))
				.withMessage("company registration review is not available yet");
		}
	}

	@Test
	void aMissingValueIsNamed() {
		DelegateExecution execution = execution(null, null);

		assertThatIllegalStateException()
			.isThrownBy(() -> delegates.approveRegistration(provider(review)).execute(execution))
			.withMessage("Process variable companyId is missing");
		assertThat(calls).isEmpty();
	}

	private static ObjectProvider<RegistrationReview> provider(RegistrationReview review) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (review != null) {
			beans.addBean("registrationReview", review);
		}
		return beans.getBeanProvider(RegistrationReview.class);
	}

	private static DelegateExecution execution(String companyId, String note) {
		DelegateExecution execution = mock(DelegateExecution.class);
		when(execution.getVariable(Variables.REGISTRATION_ID)).thenReturn(REGISTRATION.toString());
		when(execution.getVariable(Variables.COMPANY_ID)).thenReturn(companyId);
		when(execution.getVariable(Variables.NOTE)).thenReturn(note);
		return execution;
	}

}
