package jp.procurementdesk.process;

import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
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
import org.junit.jupiter.params.provider.ValueSource;

/** {@code compendium-listing} (docs/contract.md, Processes), started as the support case's call activity would. */
@Deployment(resources = "bpmn/compendium-listing.bpmn")
class CompendiumListingProcessTest extends ProcessTestSupport {

	/** The call for submissions closes 15 August 2025, 17:00 in Geneva. */
	private static final Date CALL_DEADLINE = Date.from(Instant.parse("2025-08-15T15:00:00Z"));

	@Test
	void scopeIsCheckedByTheCasesAdvisor() {
		ProcessInstance instance = start();

		assertThat(instance).isWaitingAtExactly(Tasks.COMPENDIUM_ELIGIBILITY);
		assertThat(task(instance, Tasks.COMPENDIUM_ELIGIBILITY)).isAssignedTo(ADVISOR)
			.hasCandidateGroupAssociated("advisors")
			.hasDueDate(inDays(5));
	}

	@Test
	void outOfScopeEndsWithOutcomeOutOfScope() {
		ProcessInstance instance = start();
		complete(instance, Tasks.COMPENDIUM_ELIGIBILITY, "inScope", false);

		assertThat(instance).hasPassed("record-out-of-scope").isEnded();
		assertThat(calls(Beans.RECORD_PATHWAY_OUTCOME)).singleElement().satisfies(call -> {
			assertThat(call.inputs()).containsOnly(entry("pathway", "COMPENDIUM"), entry("outcome", "OUT_OF_SCOPE"));
			assertThat(call.businessKey()).isEqualTo(CASE_ID);
		});
	}

	@Test
	void applicationIsDueTenDaysBeforeTheCallDeadline() {
		ProcessInstance instance = inScope();

		assertThat(instance).isWaitingAtExactly(Tasks.PREPARE_APPLICATION);
		assertThat(task(instance, Tasks.PREPARE_APPLICATION)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned()
			.hasDueDate(Date.from(Instant.parse("2025-08-05T15:00:00Z")));
	}

	@Test
	void requestedChangesSendTheApplicationBackToTheCompany() {
		ProcessInstance instance = inScope();
		complete(instance, Tasks.PREPARE_APPLICATION);
		assertThat(task(instance, Tasks.REVIEW_APPLICATION)).isAssignedTo(ADVISOR);

		complete(instance, Tasks.REVIEW_APPLICATION, "decision", "CHANGES_REQUESTED", "comments", "Word limit");
		assertThat(instance).isWaitingAtExactly(Tasks.PREPARE_APPLICATION);
		assertThat(task(instance, Tasks.PREPARE_APPLICATION)).hasCandidateGroup(COMPANY_GROUP);

		complete(instance, Tasks.PREPARE_APPLICATION);
		complete(instance, Tasks.REVIEW_APPLICATION, "decision", "APPROVED");

		assertThat(instance).isWaitingAtExactly(Tasks.SUBMIT_APPLICATION);
		assertThat(task(instance, Tasks.SUBMIT_APPLICATION)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned();
		complete(instance, Tasks.SUBMIT_APPLICATION, "submissionReference", "COMP-2025-17");

		assertThat(instance).isWaitingAtExactly(Tasks.RECORD_COMPENDIUM_RESULT);
		assertThat(task(instance, Tasks.RECORD_COMPENDIUM_RESULT)).isAssignedTo(ADVISOR);
		assertThat(calls).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "LISTED", "NOT_SELECTED" })
	void resultEndsThePathwayWithThatOutcome(String result) {
		ProcessInstance instance = inScope();
		complete(instance, Tasks.PREPARE_APPLICATION);
		complete(instance, Tasks.REVIEW_APPLICATION, "decision", "APPROVED");
		complete(instance, Tasks.SUBMIT_APPLICATION, "submissionReference", "COMP-2025-17");

		complete(instance, Tasks.RECORD_COMPENDIUM_RESULT, "result", result);

		assertThat(instance).hasPassed("record-compendium-outcome", "compendium-decided").isEnded();
		assertThat(inputsOf(Beans.RECORD_PATHWAY_OUTCOME))
			.containsExactly(Map.of("pathway", "COMPENDIUM", "outcome", result));
	}

	@Test
	void advisorTasksAreOverdueAfterFiveDays() {
		ProcessInstance instance = inScope();
		complete(instance, Tasks.PREPARE_APPLICATION);

		advanceDays(5);

		assertThat(overdueTasks).extracting(OverdueTask::taskKey).containsExactly(Tasks.REVIEW_APPLICATION);
		assertThat(instance).isWaitingAtExactly(Tasks.REVIEW_APPLICATION);
	}

	@Test
	void modelFollowsTheConventions() {
		assertHistoryTimeToLive(Processes.COMPENDIUM_LISTING);
		assertAdvisorTasksFollowConventions(Processes.COMPENDIUM_LISTING,
				List.of(Tasks.COMPENDIUM_ELIGIBILITY, Tasks.REVIEW_APPLICATION, Tasks.RECORD_COMPENDIUM_RESULT));
	}

	// ---------------------------------------------------------------- helpers

	private static ProcessInstance start() {
		return startPathway(Processes.COMPENDIUM_LISTING);
	}

	private static ProcessInstance inScope() {
		ProcessInstance instance = start();
		complete(instance, Tasks.COMPENDIUM_ELIGIBILITY, "inScope", true, "callDeadline", CALL_DEADLINE);
		return instance;
	}

}
