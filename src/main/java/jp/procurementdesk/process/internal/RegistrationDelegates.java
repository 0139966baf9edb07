package jp.procurementdesk.process.internal;

import jp.procurementdesk.companies.RegistrationReview;
import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code company-registration}: variables in, one call to the companies
 * module's {@link RegistrationReview}, with the supervisor who completed the review (the
 * engine's authenticated user) as the one who decided. They run in the review's completion:
 * what they throw (a company id taken, Keycloak away) fails the completion, and the task
 * stays open.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationDelegates {

	@Bean(Beans.APPROVE_REGISTRATION)
	JavaDelegate approveRegistration(RegistrationReview review) {
		return execution -> review.approve(Executions.registrationId(execution),
				Executions.text(execution, Variables.COMPANY_ID), Executions.actor());
	}

	@Bean(Beans.REJECT_REGISTRATION)
	JavaDelegate rejectRegistration(RegistrationReview review) {
		return execution -> review.reject(Executions.registrationId(execution),
				Executions.text(execution, Variables.NOTE), Executions.actor());
	}

	@Bean(Beans.REGISTRATION_REVIEW_OVERDUE)
	JavaDelegate registrationReviewOverdue(RegistrationReview review) {
		return execution -> review.reviewOverdue(Executions.registrationId(execution));
	}

}
