package jp.procurementdesk.process;

import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Tasks;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code who-prequalification} (docs/contract.md, Processes), started as the support case's call activity would. */
@Deployment(resources = "bpmn/who-prequalification.bpmn")
class WhoPrequalificationProcessTest extends ProcessTestSupport {

	@Test
	void eligibilityIsCheckedByTheCasesAdvisor() {
		ProcessInstance instance = start();

		assertThat(instance).isWaitingAtExactly(Tasks.PQ_ELIGIBILITY);
		assertThat(task(instance, Tasks.PQ_ELIGIBILITY)).isAssignedTo(ADVISOR).hasCandidateGroupAssociated("advisors")
			.hasDueDate(inDays(5));
	}

	@Test
	void notEligibleEndsWithOutcomeNotEligible() {
		ProcessInstance instance = start();
		complete(instance, Tasks.PQ_ELIGIBILITY, "stream", "MEDICINE", "route", "FULL", "eligible", false, "note",
				"Not in an invitation for EOI");

		assertThat(instance).hasPassed("record-pq-not-eligible").isEnded();
		assertThat(calls(Beans.RECORD_PATHWAY_OUTCOME)).singleElement().satisfies(call -> {
			assertThat(call.inputs()).containsOnly(entry("pathway", "WHO_PQ"), entry("outcome", "NOT_ELIGIBLE"));
			assertThat(call.businessKey()).isEqualTo(CASE_ID);
		});
	}

	@Test
	void requestedChangesSendTheDossierBackToTheCompany() {
		ProcessInstance instance = eligible("IVD", "FULL");

		assertThat(instance).isWaitingAtExactly(Tasks.PREPARE_DOSSIER);
		assertThat(task(instance, Tasks.PREPARE_DOSSIER)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned();
		complete(instance, Tasks.PREPARE_DOSSIER);
		assertThat(task(instance, Tasks.REVIEW_DOSSIER)).isAssignedTo(ADVISOR);

		complete(instance, Tasks.REVIEW_DOSSIER, "decision", "CHANGES_REQUESTED", "comments", "Add kit photos");
		assertThat(instance).isWaitingAtExactly(Tasks.PREPARE_DOSSIER);

		complete(instance, Tasks.PREPARE_DOSSIER);
		complete(instance, Tasks.REVIEW_DOSSIER, "decision", "APPROVED");

		assertThat(instance).isWaitingAtExactly(Tasks.SUBMIT_TO_WHO);
		assertThat(task(instance, Tasks.SUBMIT_TO_WHO)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned();
		complete(instance, Tasks.SUBMIT_TO_WHO, "whoReference", "PQDx 0123-456-00", "submittedOn", now());

		assertThat(instance).isWaitingAtExactly(Tasks.RECORD_SCREENING);
		assertThat(task(instance, Tasks.RECORD_SCREENING)).isAssignedTo(ADVISOR);
		assertThat(calls).isEmpty();
	}

	@Test
	void whoQueryGoesToTheCompanyDueWhenWhoSaidAndBackToScreening() {
		ProcessInstance instance = atScreening("IVD", "FULL");
		Date responseDue = inDays(14);

		complete(instance, Tasks.RECORD_SCREENING, "result", "INFO_REQUESTED", "responseDue", responseDue);

		assertThat(instance).isWaitingAtExactly(Tasks.ANSWER_WHO_QUERY);
		assertThat(task(instance, Tasks.ANSWER_WHO_QUERY)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned()
			.hasDueDate(responseDue);

		complete(instance, Tasks.ANSWER_WHO_QUERY, "answer", "Stability data attached");
		assertThat(instance).isWaitingAtExactly(Tasks.RECORD_SCREENING);

		complete(instance, Tasks.RECORD_SCREENING, "result", "ACCEPTED");
		assertThat(instance).isWaitingAtExactly(Tasks.RECORD_DECISION);
		assertThat(task(instance, Tasks.RECORD_DECISION)).isAssignedTo(ADVISOR);
	}

	@Test
	void failedScreeningEndsWithOutcomeScreeningFailed() {
		ProcessInstance instance = atScreening("VECTOR_CONTROL", null);

		complete(instance, Tasks.RECORD_SCREENING, "result", "SCREENING_FAILED");

		assertThat(instance).hasPassed("record-screening-failed").isEnded();
		assertThat(inputsOf(Beans.RECORD_PATHWAY_OUTCOME))
			.containsExactly(Map.of("pathway", "WHO_PQ", "outcome", "SCREENING_FAILED"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "PREQUALIFIED", "PREQUALIFIED_WITH_COMMITMENTS", "REJECTED", "WITHDRAWN" })
	void whoDecisionEndsThePathwayWithThatOutcome(String decision) {
		ProcessInstance instance = atDecision("IVD", "ABRIDGED");

		complete(instance, Tasks.RECORD_DECISION, "decision", decision, "listingDate",
				decision.startsWith("PREQUALIFIED") ? now() : null);

		assertThat(instance).hasPassed("record-pq-decision", "pq-decided").isEnded();
		assertThat(calls(Beans.RECORD_PATHWAY_OUTCOME)).singleElement().satisfies(call -> {
			assertThat(call.inputs()).containsOnly(entry("pathway", "WHO_PQ"), entry("outcome", decision));
			assertThat(call.activityId()).isEqualTo("record-pq-decision");
		});
	}

	@Test
	void advisorIsAskedForAStatusCheckEveryThirtyDaysWhileWhoWorks() {
		ProcessInstance instance = atScreening("VACCINE", "FULL");

		advanceDays(29);
		assertThat(calls(Beans.SEND_REMINDER)).isEmpty();
		advanceDays(1);
		assertThat(calls(Beans.SEND_REMINDER)).singleElement().satisfies(call -> {
			assertThat(call.inputs()).containsOnly(entry("reminder", "PQ_STATUS_CHECK"), entry("recipients", "advisor"),
					entry("taskKey", "record-screening"));
			assertThat(call.activityId()).isEqualTo("send-screening-status-check");
		});
		advanceDays(30);
		assertThat(calls(Beans.SEND_REMINDER)).hasSize(2);
		assertThat(instance).isWaitingAtExactly(Tasks.RECORD_SCREENING);

		complete(instance, Tasks.RECORD_SCREENING, "result", "ACCEPTED");
		advanceDays(29);
		assertThat(calls(Beans.SEND_REMINDER)).hasSize(2);
		advanceDays(31);
		assertThat(calls(Beans.SEND_REMINDER)).hasSize(4).extracting(Call::activityId)
			.containsExactly("send-screening-status-check", "send-screening-status-check",
					"send-decision-status-check", "send-decision-status-check");
		assertThat(instance).isWaitingAtExactly(Tasks.RECORD_DECISION);
	}

	@ParameterizedTest
	@CsvSource({ "IVD, FULL, 270", "IVD, ABRIDGED, 100", "IVD, , 270", "MEDICINE, FULL, 365",
			"MEDICINE, ABRIDGED, 365", "VACCINE, , 365", "VECTOR_CONTROL, FULL, 365", "IMMUNIZATION_DEVICE, , 365" })
	void whoTargetDependsOnStreamAndRoute(String stream, String route, int days) {
		ProcessInstance instance = atDecision(stream, route);

		assertThat(timer(instance, "who-target").getDuedate()).isEqualTo(inDays(days));
	}

	@Test
	void whoTargetWorksWithoutARouteVariable() {
		ProcessInstance instance = start();
		complete(instance, Tasks.PQ_ELIGIBILITY, "stream", "MEDICINE", "eligible", true);
		complete(instance, Tasks.PREPARE_DOSSIER);
		complete(instance, Tasks.REVIEW_DOSSIER, "decision", "APPROVED");
		complete(instance, Tasks.SUBMIT_TO_WHO, "whoReference", "MA123", "submittedOn", now());
		complete(instance, Tasks.RECORD_SCREENING, "result", "ACCEPTED");

		assertThat(timer(instance, "who-target").getDuedate()).isEqualTo(inDays(365));
	}

	@Test
	void exceededWhoTargetRecordsABreachAndTheDecisionIsStillAwaited() {
		ProcessInstance instance = atDecision("IVD", "ABRIDGED");

		advance(Duration.ofDays(100).minusMinutes(1));
		assertThat(calls(Beans.RECORD_SLA_BREACH)).isEmpty();

		advance(Duration.ofMinutes(1));
		assertThat(calls(Beans.RECORD_SLA_BREACH)).singleElement()
			.satisfies(call -> assertThat(call.inputs()).containsOnly(entry("breachKind", "WHO_TARGET_EXCEEDED"),
					entry("taskKey", "record-decision")));
		assertThat(instance).isWaitingAtExactly(Tasks.RECORD_DECISION);

		advanceDays(200);
		assertThat(calls(Beans.RECORD_SLA_BREACH)).hasSize(1);

		complete(instance, Tasks.RECORD_DECISION, "decision", "PREQUALIFIED", "listingDate", now());
		assertThat(instance).isEnded();
	}

	@Test
	void advisorTasksAreOverdueAfterFiveDays() {
		ProcessInstance instance = atScreening("IVD", "FULL");

		advanceDays(5);

		assertThat(overdueTasks).singleElement().satisfies(overdue -> {
			assertThat(overdue.taskKey()).isEqualTo(Tasks.RECORD_SCREENING);
			assertThat(overdue.assignee()).isEqualTo(ADVISOR);
			assertThat(overdue.processInstanceId()).isEqualTo(instance.getId());
		});
		assertThat(instance).isWaitingAtExactly(Tasks.RECORD_SCREENING);
	}

	@Test
	void modelFollowsTheConventions() {
		assertHistoryTimeToLive(Processes.WHO_PREQUALIFICATION);
		assertAdvisorTasksFollowConventions(Processes.WHO_PREQUALIFICATION, List.of(Tasks.PQ_ELIGIBILITY,
				Tasks.REVIEW_DOSSIER, Tasks.RECORD_SCREENING, Tasks.RECORD_DECISION));
	}

	// ---------------------------------------------------------------- helpers

	private static ProcessInstance start() {
		return startPathway(Processes.WHO_PREQUALIFICATION);
	}

	private static ProcessInstance eligible(String stream, String route) {
		ProcessInstance instance = start();
		complete(instance, Tasks.PQ_ELIGIBILITY, "stream", stream, "route", route, "eligible", true);
		return instance;
	}

	private static ProcessInstance atScreening(String stream, String route) {
		ProcessInstance instance = eligible(stream, route);
		complete(instance, Tasks.PREPARE_DOSSIER);
		complete(instance, Tasks.REVIEW_DOSSIER, "decision", "APPROVED");
		complete(instance, Tasks.SUBMIT_TO_WHO, "whoReference", "WHO-REF-1", "submittedOn", now());
		return instance;
	}

	private static ProcessInstance atDecision(String stream, String route) {
		ProcessInstance instance = atScreening(stream, route);
		complete(instance, Tasks.RECORD_SCREENING, "result", "ACCEPTED");
		return instance;
	}

}
