package jp.procurementdesk.process.internal;

import java.math.BigDecimal;

import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.CaseUpdates;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.PathwayOutcome;
import jp.procurementdesk.cases.SlaBreachKind;
import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.process.ReminderDue;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates the BPMN models call by {@code delegateExpression}: variables in, one
 * call to the cases module (or one event), nothing out.
 */
@Configuration(proxyBeanMethods = false)
class CaseDelegates {

	@Bean(Beans.ASSIGN_ADVISOR)
	JavaDelegate assignAdvisor(CaseUpdates cases) {
		return execution -> cases.advisorAssigned(Executions.caseId(execution),
				Executions.text(execution, Variables.ADVISOR), Executions.actor());
	}

	@Bean(Beans.START_PATHWAY_WORK)
	JavaDelegate startPathwayWork(CaseUpdates cases) {
		return execution -> cases.pathwayWorkStarted(Executions.caseId(execution), Executions.pathways(execution),
				Executions.actor());
	}

	@Bean(Beans.RECORD_CASE_OUTCOME)
	JavaDelegate recordCaseOutcome(CaseUpdates cases) {
		return execution -> cases.closed(Executions.caseId(execution),
				CaseOutcome.valueOf(Executions.text(execution, Variables.OUTCOME)), Executions.actor());
	}

	@Bean(Beans.ANSWER_QUESTION)
	JavaDelegate answerQuestion(CaseUpdates cases) {
		return execution -> cases.answered(Executions.caseId(execution), Executions.text(execution, Variables.NOTE),
				Executions.actor());
	}

	@Bean(Beans.RECORD_PATHWAY_OUTCOME)
	JavaDelegate recordPathwayOutcome(CaseUpdates cases) {
		return execution -> {
			Object value = execution.getVariable(Variables.CONTRACT_VALUE_USD);
			PathwayOutcome outcome = PathwayOutcome.valueOf(Executions.text(execution, Variables.OUTCOME));
			BigDecimal contractValue = value instanceof Number number && outcome.hasContractValue()
					? new BigDecimal(number.toString()) : null;
			cases.pathwayEnded(Executions.caseId(execution), Pathway.valueOf(Executions.text(execution,
					Variables.PATHWAY)), outcome, contractValue, Executions.actor());
		};
	}

	@Bean(Beans.RECORD_SLA_BREACH)
	JavaDelegate recordSlaBreach(CaseUpdates cases) {
		return execution -> cases.slaBreached(Executions.caseId(execution),
				SlaBreachKind.valueOf(Executions.text(execution, Variables.BREACH_KIND)),
				(String) execution.getVariable(Variables.TASK_KEY));
	}

	@Bean(Beans.ADVISOR_TASK_OVERDUE)
	TaskListener advisorTaskOverdue(CaseUpdates cases) {
		return task -> cases.slaBreached(Executions.caseId(task), SlaBreachKind.ADVISOR_TASK_OVERDUE,
				task.getTaskDefinitionKey());
	}

	@Bean(Beans.SEND_REMINDER)
	JavaDelegate sendReminder(ApplicationEventPublisher events) {
		return execution -> events.publishEvent(new ReminderDue(Executions.caseId(execution),
				Executions.text(execution, Variables.REMINDER),
				ReminderDue.Recipients.ofModelValue(Executions.text(execution, Variables.RECIPIENTS)),
				(String) execution.getVariable(Variables.TASK_KEY)));
	}

}
