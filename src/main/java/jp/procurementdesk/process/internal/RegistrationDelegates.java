package jp.procurementdesk.process.internal;

import jp.procurementdesk.companies.RegistrationReview;
import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code company-registration}: variables in, one call to the companies
 * module's {@link RegistrationReview}. The module offers no implementation yet; until it does,
 * each step fails with a clear message (and the engine keeps the step to retry) instead of
 * pretending the company was created.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationDelegates {

	static final String NOT_AVAILABLE = "company registration review is not available yet";

	@Bean(Beans.APPROVE_REGISTRATION)
	JavaDelegate approveRegistration(ObjectProvider<RegistrationReview> review) {
		return execution -> available(review).approve(Executions.registrationId(execution),
				Executions.text(execution, Variables.COMPANY_ID));
	}

	@Bean(Beans.REJECT_REGISTRATION)
	JavaDelegate rejectRegistration(ObjectProvider<RegistrationReview> review) {
		return execution -> available(review).reject(Executions.registrationId(execution),
				Executions.text(execution, Variables.NOTE));
	}

	@Bean(Beans.REGISTRATION_REVIEW_OVERDUE)
	JavaDelegate registrationReviewOverdue(ObjectProvider<RegistrationReview> review) {
		return execution -> available(review).reviewOverdue(Executions.registrationId(execution));
	}

	private static RegistrationReview available(ObjectProvider<RegistrationReview> review) {
		RegistrationReview available = review.getIfAvailable();
		if (available == null) {
			throw new IllegalStateException(NOT_AVAILABLE);
		}
		return available;
	}

}
