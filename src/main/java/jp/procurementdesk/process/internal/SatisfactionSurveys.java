package jp.procurementdesk.process.internal;

import java.util.Map;
import java.util.Set;

import jp.procurementdesk.cases.CaseEvents.CaseClosed;
import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.Helpful;
import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.process.SupportRated;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The satisfaction survey (docs/processes.md, satisfaction-survey): it starts, in the
 * transaction that closes a case {@code COMPLETED} or {@code ANSWERED}, and its end tells
 * the other modules the rating as {@link SupportRated}.
 */
@Configuration(proxyBeanMethods = false)
class SatisfactionSurveys {

	/** The outcomes after which the company is asked to rate the support. */
	static final Set<CaseOutcome> SURVEYED = Set.of(CaseOutcome.COMPLETED, CaseOutcome.ANSWERED);

	private final RuntimeService runtime;

	SatisfactionSurveys(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@EventListener
	void on(CaseClosed closed) {
		if (!SURVEYED.contains(closed.outcome())) {
			return;
		}
		runtime.startProcessInstanceByKey(Processes.SATISFACTION_SURVEY, closed.caseId().toString(),
				Map.of(Variables.CASE_ID, closed.caseId().toString(), Variables.CASE_REFERENCE, closed.reference(),
						Variables.COMPANY_ID, closed.companyId()));
	}

	@Bean(Beans.RECORD_RATING)
	static JavaDelegate recordRating(ApplicationEventPublisher events) {
		return execution -> events.publishEvent(new SupportRated(Executions.caseId(execution),
				Executions.text(execution, Variables.COMPANY_ID),
				Integer.parseInt(Executions.text(execution, Variables.RATING)),
				Helpful.valueOf(Executions.text(execution, Variables.HELPFUL))));
	}

}
