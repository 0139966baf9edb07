package jp.procurementdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.util.List;

import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.process.internal.TimerProperties;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/** {@code satisfaction-survey} (docs/processes.md): rated, or ended unrated after the expiry. */
@Deployment(resources = "bpmn/satisfaction-survey.bpmn")
class SatisfactionSurveyProcessTest extends ProcessTestSupport {

	@Test
	void theCompanyIsAskedToRateAndTheSurveyIsDueWhenItExpires() {
		ProcessInstance survey = start();

		assertThat(survey).isWaitingAtExactly(Tasks.RATE_SUPPORT).hasBusinessKey(CASE_ID);
		assertThat(task(survey, Tasks.RATE_SUPPORT)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned()
			.hasDueDate(inDays(30));
		assertThat(timer(survey, "survey-expiry").getDuedate()).isEqualTo(inDays(30));
	}

	@Test
	void aRatingEndsTheSurveyAndIsRecorded() {
		ProcessInstance survey = start();
		advanceDays(3);
		complete(survey, Tasks.RATE_SUPPORT, "rating", 4L, "helpful", "PARTLY", "comment", "Quick and clear");

		assertThat(survey).hasPassed("record-rating", "support-rated").isEnded();
		assertThat(calls(Beans.RECORD_RATING)).singleElement().satisfies(call -> {
			assertThat(call.businessKey()).isEqualTo(CASE_ID);
			assertThat(call.processKey()).isEqualTo(Processes.SATISFACTION_SURVEY);
		});
		assertThat(BpmnAwareTests.jobQuery().count()).as("the expiry timer ends with the task").isZero();
	}

	@Test
	void unansweredTheSurveyEndsWithoutARatingAfterThirtyDays() {
		ProcessInstance survey = start();

		advance(Duration.ofDays(30).minusMinutes(1));
		assertThat(survey).isWaitingAtExactly(Tasks.RATE_SUPPORT);

		advance(Duration.ofMinutes(1));
		assertThat(survey).hasPassed("survey-expiry", "survey-unanswered").hasNotPassed("record-rating").isEnded();
		assertThat(BpmnAwareTests.taskQuery().count()).isZero();
		assertThat(calls(Beans.RECORD_RATING)).isEmpty();
	}

	@Test
	void theExpiryFollowsTheConfiguration() {
		TimerProperties configured = configuredTimers();
		useTimers(new TimerProperties(configured.sla(), configured.pq(), configured.compendium(), configured.bid(),
				new TimerProperties.Survey(Duration.ofHours(2))));

		ProcessInstance survey = start();
		advance(Duration.ofHours(2));

		assertThat(survey).isEnded();
		assertThat(calls(Beans.RECORD_RATING)).isEmpty();
	}

	@Test
	void modelFollowsTheConventions() {
		assertHistoryTimeToLive(Processes.SATISFACTION_SURVEY);
		assertAdvisorTasksFollowConventions(Processes.SATISFACTION_SURVEY, List.of());
	}

	private static ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(Processes.SATISFACTION_SURVEY, CASE_ID, caseVariables());
	}

}
