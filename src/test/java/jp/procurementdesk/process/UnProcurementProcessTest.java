package jp.procurementdesk.process;

import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

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

/** {@code un-procurement} (docs/contract.md, Processes), started as the support case's call activity would. */
@Deployment(resources = "bpmn/un-procurement.bpmn")
class UnProcurementProcessTest extends ProcessTestSupport {

	private static final Duration DAY = Duration.ofDays(1);

	@Test
	void vendorToUpdateSendsTheRegistrationBackToTheCompany() {
		ProcessInstance instance = start();

		assertThat(instance).isWaitingAtExactly(Tasks.UNGM_REGISTRATION);
		assertThat(task(instance, Tasks.UNGM_REGISTRATION)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned();
		complete(instance, Tasks.UNGM_REGISTRATION, "ungmVendorId", "123456", "ungmLevel", "BASIC");
		assertThat(task(instance, Tasks.VERIFY_REGISTRATION)).isAssignedTo(ADVISOR)
			.hasCandidateGroupAssociated("advisors")
			.hasDueDate(inDays(5));

		complete(instance, Tasks.VERIFY_REGISTRATION, "result", "VENDOR_TO_UPDATE", "note", "Level 1 needed");
		assertThat(instance).isWaitingAtExactly(Tasks.UNGM_REGISTRATION);

		complete(instance, Tasks.UNGM_REGISTRATION, "ungmVendorId", "123456", "ungmLevel", "LEVEL_1");
		complete(instance, Tasks.VERIFY_REGISTRATION, "result", "VERIFIED");

		assertThat(instance).isWaitingAtExactly(Tasks.IDENTIFY_TENDER);
		assertThat(task(instance, Tasks.IDENTIFY_TENDER)).isAssignedTo(ADVISOR);
		complete(instance, Tasks.IDENTIFY_TENDER, tender(inDays(20)));

		assertThat(instance).isWaitingAtExactly(Tasks.GO_NO_GO);
		assertThat(task(instance, Tasks.GO_NO_GO)).hasCandidateGroup("supervisors").isNotAssigned();
		assertThat(calls).isEmpty();
	}

	@Test
	void noGoEndsWithOutcomeNoBid() {
		ProcessInstance instance = atGoNoGo(inDays(20));

		complete(instance, Tasks.GO_NO_GO, "decision", "NO_GO", "comment", "Capacity");

		assertThat(instance).hasPassed("record-no-bid").hasNotPassed("bid").isEnded();
		assertThat(calls(Beans.RECORD_PATHWAY_OUTCOME)).singleElement().satisfies(call -> {
			assertThat(call.inputs()).containsOnly(entry("pathway", "UN_PROCUREMENT"), entry("outcome", "NO_BID"));
			assertThat(call.businessKey()).isEqualTo(CASE_ID);
		});
	}

	@Test
	void goOpensTheBidDueThreeDaysBeforeTheDeadlineWithItsReminders() {
		Date deadline = inDays(20);
		ProcessInstance instance = bidding(deadline);

		assertThat(instance).isWaitingAtExactly("bid", Tasks.PREPARE_BID);
		assertThat(task(instance, Tasks.PREPARE_BID)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned()
			.hasDueDate(plus(deadline, DAY.multipliedBy(-3)));
		assertThat(timer(instance, "bid-reminder-7d").getDuedate()).isEqualTo(plus(deadline, DAY.multipliedBy(-7)));
		assertThat(timer(instance, "bid-reminder-3d").getDuedate()).isEqualTo(plus(deadline, DAY.multipliedBy(-3)));
		assertThat(timer(instance, "bid-reminder-1d").getDuedate()).isEqualTo(plus(deadline, DAY.multipliedBy(-1)));
		assertThat(timer(instance, "submission-deadline").getDuedate()).isEqualTo(deadline);
	}

	@Test
	void companyIsRemindedSevenThreeAndOneDayBeforeTheDeadline() {
		ProcessInstance instance = bidding(inDays(20));

		advanceDays(12);
		assertThat(calls(Beans.SEND_REMINDER)).isEmpty();
		advanceDays(1);
		assertThat(reminders()).containsExactly("BID_DEADLINE_7D");
		advanceDays(3);
		assertThat(reminders()).containsExactly("BID_DEADLINE_7D");
		advanceDays(1);
		assertThat(reminders()).containsExactly("BID_DEADLINE_7D", "BID_DEADLINE_3D");
		advanceDays(2);
		assertThat(reminders()).containsExactly("BID_DEADLINE_7D", "BID_DEADLINE_3D", "BID_DEADLINE_1D");
		assertThat(inputsOf(Beans.SEND_REMINDER)).allSatisfy(inputs -> assertThat(inputs)
			.containsEntry("recipients", "company")
			.containsEntry("taskKey", "prepare-bid"));
		assertThat(instance).isWaitingAtExactly("bid", Tasks.PREPARE_BID);
		assertThat(calls(Beans.RECORD_PATHWAY_OUTCOME)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { Tasks.PREPARE_BID, Tasks.REVIEW_BID, Tasks.SUBMIT_BID })
	void missedDeadlineEndsTheBidAndTellsTheSupervisors(String openTask) {
		Date deadline = inDays(20);
		ProcessInstance instance = bidding(deadline);
		if (!openTask.equals(Tasks.PREPARE_BID)) {
			complete(instance, Tasks.PREPARE_BID);
		}
		if (openTask.equals(Tasks.SUBMIT_BID)) {
			complete(instance, Tasks.REVIEW_BID, "decision", "APPROVED");
		}
		assertThat(instance).isWaitingAtExactly("bid", openTask);

		advance(Duration.ofDays(20).minusMinutes(1));
		assertThat(calls(Beans.RECORD_PATHWAY_OUTCOME)).isEmpty();
		advance(Duration.ofMinutes(1));

		assertThat(instance).hasPassed("submission-deadline", "notify-deadline-missed", "record-deadline-missed")
			.hasNotPassed(Tasks.RECORD_AWARD)
			.isEnded();
		assertThat(calls(Beans.SEND_REMINDER)).last().satisfies(call -> assertThat(call.inputs())
			.containsOnly(entry("reminder", "DEADLINE_MISSED"), entry("recipients", "supervisors")));
		assertThat(inputsOf(Beans.RECORD_PATHWAY_OUTCOME))
			.containsExactly(Map.of("pathway", "UN_PROCUREMENT", "outcome", "DEADLINE_MISSED"));
		assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
	}

	@Test
	void requestedChangesSendTheBidBackAndTheSubmittedBidAwaitsTheAward() {
		ProcessInstance instance = bidding(inDays(20));
		complete(instance, Tasks.PREPARE_BID);
		assertThat(task(instance, Tasks.REVIEW_BID)).isAssignedTo(ADVISOR).hasCandidateGroupAssociated("advisors");

		complete(instance, Tasks.REVIEW_BID, "decision", "CHANGES_REQUESTED", "comments", "Sign the bid form");
		assertThat(instance).isWaitingAtExactly("bid", Tasks.PREPARE_BID);

		complete(instance, Tasks.PREPARE_BID);
		complete(instance, Tasks.REVIEW_BID, "decision", "APPROVED");
		assertThat(instance).isWaitingAtExactly("bid", Tasks.SUBMIT_BID);
		assertThat(task(instance, Tasks.SUBMIT_BID)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned();

		complete(instance, Tasks.SUBMIT_BID, "submittedAt", now());

		assertThat(instance).isWaitingAtExactly(Tasks.RECORD_AWARD);
		assertThat(task(instance, Tasks.RECORD_AWARD)).isAssignedTo(ADVISOR);
		assertThat(timers(instance)).extracting(ProcessTestSupport::activityOf)
			.as("the deadline and the reminders end with the bid")
			.containsExactly(Tasks.RECORD_AWARD);

		advanceDays(30);
		assertThat(calls(Beans.SEND_REMINDER)).isEmpty();
		assertThat(calls(Beans.RECORD_PATHWAY_OUTCOME)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "AWARDED, 250000.0", "LTA_SIGNED, 1200000.5", "LOST, ", "TENDER_CANCELLED, " })
	void awardResultEndsThePathwayWithThatOutcome(String result, Double contractValueUsd) {
		ProcessInstance instance = bidding(inDays(20));
		complete(instance, Tasks.PREPARE_BID);
		complete(instance, Tasks.REVIEW_BID, "decision", "APPROVED");
		complete(instance, Tasks.SUBMIT_BID, "submittedAt", now());

		complete(instance, Tasks.RECORD_AWARD, "result", result, "contractValueUsd", contractValueUsd);

		assertThat(instance).hasPassed("record-award-outcome", "un-decided").isEnded();
		assertThat(inputsOf(Beans.RECORD_PATHWAY_OUTCOME))
			.containsExactly(Map.of("pathway", "UN_PROCUREMENT", "outcome", result));
	}

	@Test
	void remindersWhoseTimeHasPassedAreNotSent() {
		ProcessInstance instance = bidding(inDays(2));

		assertThat(timer(instance, "bid-reminder-7d").getDuedate()).isAfter(inDays(2));
		assertThat(timer(instance, "bid-reminder-3d").getDuedate()).isAfter(inDays(2));
		assertThat(timer(instance, "bid-reminder-1d").getDuedate()).isEqualTo(inDays(1));

		advanceDays(1);
		assertThat(reminders()).containsExactly("BID_DEADLINE_1D");
		advanceDays(1);
		assertThat(reminders()).containsExactly("BID_DEADLINE_1D", "DEADLINE_MISSED");
		assertThat(instance).isEnded();
	}

	@Test
	void preparingTheBidAgainDoesNotRepeatSentReminders() {
		ProcessInstance instance = bidding(inDays(20));
		advanceDays(14);
		assertThat(reminders()).containsExactly("BID_DEADLINE_7D");

		complete(instance, Tasks.PREPARE_BID);
		complete(instance, Tasks.REVIEW_BID, "decision", "CHANGES_REQUESTED", "comments", "Add the GMP certificate");
		advanceDays(5);

		assertThat(reminders()).containsExactly("BID_DEADLINE_7D", "BID_DEADLINE_3D", "BID_DEADLINE_1D");
		assertThat(instance).isWaitingAtExactly("bid", Tasks.PREPARE_BID);
	}

	@Test
	void advisorTasksAreOverdueAfterFiveDays() {
		ProcessInstance instance = start();
		complete(instance, Tasks.UNGM_REGISTRATION, "ungmVendorId", "123456", "ungmLevel", "BASIC");

		advanceDays(5);

		assertThat(overdueTasks).extracting(OverdueTask::taskKey).containsExactly(Tasks.VERIFY_REGISTRATION);
	}

	@Test
	void modelFollowsTheConventions() {
		assertHistoryTimeToLive(Processes.UN_PROCUREMENT);
		assertAdvisorTasksFollowConventions(Processes.UN_PROCUREMENT, List.of(Tasks.VERIFY_REGISTRATION,
				Tasks.IDENTIFY_TENDER, Tasks.REVIEW_BID, Tasks.RECORD_AWARD));
	}

	// ---------------------------------------------------------------- helpers

	private List<Object> reminders() {
		return inputsOf(Beans.SEND_REMINDER).stream().map(inputs -> inputs.get("reminder")).toList();
	}

	private static ProcessInstance start() {
		return startPathway(Processes.UN_PROCUREMENT);
	}

	private static Object[] tender(Date deadline) {
		return new Object[] { "agency", "UNICEF", "noticeId", "LRFP-2025-9190000", "tenderType", "RFP",
				"submissionDeadline", deadline, "title", "Malaria rapid diagnostic tests" };
	}

	private static ProcessInstance atGoNoGo(Date deadline) {
		ProcessInstance instance = start();
		complete(instance, Tasks.UNGM_REGISTRATION, "ungmVendorId", "123456", "ungmLevel", "BASIC");
		complete(instance, Tasks.VERIFY_REGISTRATION, "result", "VERIFIED");
		complete(instance, Tasks.IDENTIFY_TENDER, tender(deadline));
		return instance;
	}

	private static ProcessInstance bidding(Date deadline) {
		ProcessInstance instance = atGoNoGo(deadline);
		complete(instance, Tasks.GO_NO_GO, "decision", "GO");
		return instance;
	}

}
