package jp.procurementdesk.process;

import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.process.internal.TimerProperties;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code support-case} (docs/contract.md, Processes), with the three pathway processes it calls. */
@Deployment(resources = { "bpmn/support-case.bpmn", "bpmn/who-prequalification.bpmn",
		"bpmn/compendium-listing.bpmn", "bpmn/un-procurement.bpmn" })
class SupportCaseProcessTest extends ProcessTestSupport {

	private static final Map<String, String> PATHWAY_PROCESSES = Map.of("WHO_PQ", Processes.WHO_PREQUALIFICATION,
			"COMPENDIUM", Processes.COMPENDIUM_LISTING, "UN_PROCUREMENT", Processes.UN_PROCUREMENT);

	private static final Map<String, String> PATHWAY_CALL_ACTIVITIES = Map.of("WHO_PQ", "who-pq-pathway",
			"COMPENDIUM", "compendium-pathway", "UN_PROCUREMENT", "un-procurement-pathway");

	// ---------------------------------------------------------------- triage

	@Test
	void triageWaitsForSupervisorsAndIsDueInTwoDays() {
		ProcessInstance instance = startCase();

		assertThat(instance).isWaitingAtExactly(Tasks.TRIAGE);
		assertThat(task(instance, Tasks.TRIAGE)).hasCandidateGroup("supervisors").isNotAssigned()
			.hasDueDate(inDays(2));
		assertThat(timer(instance, "triage-sla").getDuedate()).isEqualTo(inDays(2));
		assertThat(calls).isEmpty();
	}

	@Test
	void acceptAssignsTheAdvisorWhoHoldsTheInitialConsultation() {
		ProcessInstance instance = acceptedCase("WHO_PQ");

		assertThat(calls(Beans.ASSIGN_ADVISOR)).singleElement().satisfies(call -> {
			assertThat(call.activityId()).isEqualTo("assign-advisor");
			assertThat(call.businessKey()).isEqualTo(CASE_ID);
		});
		assertThat(instance).isWaitingAtExactly(Tasks.INITIAL_CONSULTATION);
		assertThat(task(instance, Tasks.INITIAL_CONSULTATION)).isAssignedTo(ADVISOR).hasCandidateGroupAssociated("advisors")
			.hasDueDate(inDays(5));
		assertThat(timers(instance)).extracting(ProcessTestSupport::activityOf)
			.as("the triage SLA ends with triage; only the advisor SLA runs")
			.containsExactly(Tasks.INITIAL_CONSULTATION);
	}

	@Test
	void requestInfoAsksTheCompanyAndReturnsToTriageWithAFreshSla() {
		ProcessInstance instance = startCase();
		complete(instance, Tasks.TRIAGE, "decision", "REQUEST_INFO", "note", "Which markets?");

		assertThat(instance).isWaitingAtExactly(Tasks.PROVIDE_INFORMATION);
		assertThat(task(instance, Tasks.PROVIDE_INFORMATION)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned();

		advance(Duration.ofDays(3));
		complete(instance, Tasks.PROVIDE_INFORMATION, "response", "Kenya and Ghana");

		assertThat(instance).isWaitingAtExactly(Tasks.TRIAGE);
		assertThat(task(instance, Tasks.TRIAGE)).hasCandidateGroup("supervisors").hasDueDate(inDays(2));
		assertThat(timer(instance, "triage-sla").getDuedate()).isEqualTo(inDays(2));
		assertThat(calls).isEmpty();
	}

	@Test
	void rejectClosesTheCaseAsNotEligible() {
		ProcessInstance instance = startCase();
		complete(instance, Tasks.TRIAGE, "decision", "REJECT", "note", "Not a health product");

		assertThat(instance).hasPassed("record-not-eligible", "case-rejected").isEnded();
		assertThat(inputsOf(Beans.RECORD_CASE_OUTCOME)).containsExactly(Map.of("outcome", "NOT_ELIGIBLE"));
		assertThat(calls(Beans.RECORD_CASE_OUTCOME).get(0).businessKey()).isEqualTo(CASE_ID);
		assertThat(calls(Beans.ASSIGN_ADVISOR)).isEmpty();
	}

	@Test
	void answerClosesTheQuestionWithTheNoteAsTheAnswer() {
		ProcessInstance instance = startCase();
		complete(instance, Tasks.TRIAGE, "decision", "ANSWER", "note", "Yes: WHO PQ covers rapid tests.");

		assertThat(instance).hasPassed("record-answered", "question-answered").isEnded();
		assertThat(calls(Beans.ANSWER_QUESTION)).singleElement().satisfies(call -> {
			assertThat(call.businessKey()).isEqualTo(CASE_ID);
			assertThat(call.activityId()).isEqualTo("record-answered");
		});
		assertThat(BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId()).variableName("note").singleResult().getValue())
			.isEqualTo("Yes: WHO PQ covers rapid tests.");
		assertThat(calls(Beans.RECORD_CASE_OUTCOME)).isEmpty();
		assertThat(calls(Beans.ASSIGN_ADVISOR)).isEmpty();
		assertThat(BpmnAwareTests.jobQuery().processInstanceId(instance.getId()).count()).as("no timer left").isZero();
	}

	@Test
	void aQuestionWithoutPathwaysCanStillBeAccepted() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(Processes.SUPPORT_CASE, CASE_ID,
				caseVariables(Variables.PATHWAYS, ""));
		complete(instance, Tasks.TRIAGE, "decision", "ACCEPT", "advisor", ADVISOR, "pathways", "UN_PROCUREMENT");

		assertThat(instance).isWaitingAtExactly(Tasks.INITIAL_CONSULTATION);
		assertThat(runtimeService().getVariable(instance.getId(), Variables.PATHWAYS)).isEqualTo("UN_PROCUREMENT");
	}

	@Test
	void overdueTriageRecordsOneBreachAndTriageGoesOn() {
		ProcessInstance instance = startCase();

		advance(Duration.ofDays(2).minusMinutes(1));
		assertThat(calls(Beans.RECORD_SLA_BREACH)).isEmpty();

		advance(Duration.ofMinutes(1));
		assertThat(calls(Beans.RECORD_SLA_BREACH)).singleElement().satisfies(call -> {
			assertThat(call.inputs()).containsOnly(entry("breachKind", "TRIAGE_OVERDUE"), entry("taskKey", "triage"));
			assertThat(call.businessKey()).isEqualTo(CASE_ID);
		});
		assertThat(instance).isWaitingAtExactly(Tasks.TRIAGE);

		advanceDays(10);
		assertThat(calls(Beans.RECORD_SLA_BREACH)).hasSize(1);

		complete(instance, Tasks.TRIAGE, "decision", "ACCEPT", "advisor", ADVISOR, "pathways", "WHO_PQ");
		assertThat(instance).isWaitingAtExactly(Tasks.INITIAL_CONSULTATION);
	}

	@Test
	void companyIsRemindedWeeklyAndTheCaseIsAbandonedAfterThirtyDays() {
		ProcessInstance instance = startCase();
		complete(instance, Tasks.TRIAGE, "decision", "REQUEST_INFO", "note", "Which markets?");

		advanceDays(6);
		assertThat(calls(Beans.SEND_REMINDER)).isEmpty();
		advanceDays(1);
		assertThat(inputsOf(Beans.SEND_REMINDER))
			.containsExactly(Map.of("reminder", "INFORMATION_REMINDER", "recipients", "company", "taskKey",
					"provide-information"));
		advanceDays(21);
		assertThat(inputsOf(Beans.SEND_REMINDER)).hasSize(4)
			.allSatisfy(inputs -> assertThat(inputs).containsEntry("reminder", "INFORMATION_REMINDER"));
		assertThat(instance).isWaitingAtExactly(Tasks.PROVIDE_INFORMATION);
		assertThat(calls(Beans.RECORD_CASE_OUTCOME)).isEmpty();

		advanceDays(2);
		assertThat(instance).hasPassed("information-timeout", "record-abandoned", "case-abandoned").isEnded();
		assertThat(inputsOf(Beans.RECORD_CASE_OUTCOME)).containsExactly(Map.of("outcome", "ABANDONED"));
		assertThat(calls(Beans.SEND_REMINDER)).hasSize(4);
	}

	@Test
	void answeringStopsRemindersAndTimeout() {
		ProcessInstance instance = startCase();
		complete(instance, Tasks.TRIAGE, "decision", "REQUEST_INFO", "note", "Which markets?");
		advanceDays(8);
		complete(instance, Tasks.PROVIDE_INFORMATION, "response", "Kenya and Ghana");
		complete(instance, Tasks.TRIAGE, "decision", "ACCEPT", "advisor", ADVISOR, "pathways", "WHO_PQ");

		advanceDays(40);

		assertThat(calls(Beans.SEND_REMINDER)).hasSize(1);
		assertThat(calls(Beans.RECORD_CASE_OUTCOME)).isEmpty();
		assertThat(instance).isWaitingAtExactly(Tasks.INITIAL_CONSULTATION);
	}

	// ---------------------------------------------------------------- plan

	@Test
	void rejectedPlanGoesBackToTheConsultation() {
		ProcessInstance instance = acceptedCase("WHO_PQ");
		complete(instance, Tasks.INITIAL_CONSULTATION, "readiness", "GAPS", "plan", "Close the gaps first",
				"pathways", "WHO_PQ");

		assertThat(instance).isWaitingAtExactly(Tasks.APPROVE_PLAN);
		assertThat(task(instance, Tasks.APPROVE_PLAN)).hasCandidateGroup(COMPANY_GROUP).isNotAssigned();

		complete(instance, Tasks.APPROVE_PLAN, "accept", false, "comment", "Add the UN route");

		assertThat(instance).isWaitingAtExactly(Tasks.INITIAL_CONSULTATION);
		assertThat(task(instance, Tasks.INITIAL_CONSULTATION)).isAssignedTo(ADVISOR);
		assertThat(calls(Beans.START_PATHWAY_WORK)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "WHO_PQ", "COMPENDIUM", "UN_PROCUREMENT", "WHO_PQ,UN_PROCUREMENT",
			"COMPENDIUM,UN_PROCUREMENT", "WHO_PQ,COMPENDIUM", "WHO_PQ,COMPENDIUM,UN_PROCUREMENT" })
	void acceptedPlanStartsExactlyTheChosenPathwaysWithTheCaseAsBusinessKey(String pathways) {
		ProcessInstance instance = pathwaysRunning(pathways);
		List<String> chosen = Arrays.asList(pathways.split(","));

		assertThat(calls(Beans.START_PATHWAY_WORK)).singleElement()
			.satisfies(call -> assertThat(call.activityId()).isEqualTo("start-pathway-work"));
		assertThat(instance).isWaitingAtExactly(chosen.stream().map(PATHWAY_CALL_ACTIVITIES::get).toArray(String[]::new));

		List<ProcessInstance> called = processInstanceQuery().superProcessInstanceId(instance.getId()).list();
		assertThat(called).extracting(ProcessInstance::getProcessDefinitionId)
			.map(id -> id.split(":")[0])
			.containsExactlyInAnyOrderElementsOf(chosen.stream().map(PATHWAY_PROCESSES::get).toList());
		for (ProcessInstance pathway : called) {
			assertThat(pathway).hasBusinessKey(CASE_ID);
			assertThat(runtimeService().getVariables(pathway.getId())).containsEntry("caseId", CASE_ID)
				.containsEntry("companyId", COMPANY)
				.containsEntry("advisor", ADVISOR)
				.containsEntry("pathways", pathways);
		}
		assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
	}

	@Test
	void closeCaseWaitsUntilEveryPathwayHasEnded() {
		ProcessInstance instance = pathwaysRunning("WHO_PQ,COMPENDIUM");
		ProcessInstance who = BpmnAwareTests.calledProcessInstance(Processes.WHO_PREQUALIFICATION, instance);
		ProcessInstance compendium = BpmnAwareTests.calledProcessInstance(Processes.COMPENDIUM_LISTING, instance);

		complete(who, Tasks.PQ_ELIGIBILITY, "stream", "IVD", "route", "FULL", "eligible", false);

		assertThat(who).isEnded();
		assertThat(instance).isWaitingAtExactly("compendium-pathway", "pathway-join");
		assertThat(taskQuery().taskDefinitionKey(Tasks.CLOSE_CASE).count()).isZero();

		complete(compendium, Tasks.COMPENDIUM_ELIGIBILITY, "inScope", false);

		assertThat(instance).isWaitingAtExactly(Tasks.CLOSE_CASE);
		assertThat(task(instance, Tasks.CLOSE_CASE)).isAssignedTo(ADVISOR).hasCandidateGroupAssociated("advisors")
			.hasDueDate(inDays(5));
		assertThat(calls(Beans.RECORD_PATHWAY_OUTCOME)).extracting(Call::inputs)
			.containsExactlyInAnyOrder(Map.of("pathway", "WHO_PQ", "outcome", "NOT_ELIGIBLE"),
					Map.of("pathway", "COMPENDIUM", "outcome", "OUT_OF_SCOPE"));
		assertThat(calls(Beans.RECORD_PATHWAY_OUTCOME)).extracting(Call::businessKey).containsOnly(CASE_ID);
	}

	@Test
	void closureNotApprovedGoesBackToTheAdvisorAndApprovedClosureCompletesTheCase() {
		ProcessInstance instance = pathwaysRunning("COMPENDIUM");
		complete(BpmnAwareTests.calledProcessInstance(Processes.COMPENDIUM_LISTING, instance),
				Tasks.COMPENDIUM_ELIGIBILITY, "inScope", false);

		complete(instance, Tasks.CLOSE_CASE, "summary", "Out of scope for the Compendium");
		assertThat(instance).isWaitingAtExactly(Tasks.APPROVE_CLOSURE);
		assertThat(task(instance, Tasks.APPROVE_CLOSURE)).hasCandidateGroup("supervisors").isNotAssigned();

		complete(instance, Tasks.APPROVE_CLOSURE, "approve", false, "comment", "Say what comes next");
		assertThat(instance).isWaitingAtExactly(Tasks.CLOSE_CASE);
		assertThat(task(instance, Tasks.CLOSE_CASE)).isAssignedTo(ADVISOR);
		assertThat(calls(Beans.RECORD_CASE_OUTCOME)).isEmpty();

		complete(instance, Tasks.CLOSE_CASE, "summary", "Out of scope; try UN procurement next year");
		complete(instance, Tasks.APPROVE_CLOSURE, "approve", true);

		assertThat(instance).hasPassed("record-completed", "case-completed").isEnded();
		assertThat(inputsOf(Beans.RECORD_CASE_OUTCOME)).containsExactly(Map.of("outcome", "COMPLETED"));
	}

	// ---------------------------------------------------------------- advisor SLA

	@Test
	void advisorTaskOverdueFiresOnceAfterFiveDaysAndLeavesTheTaskOpen() {
		ProcessInstance instance = acceptedCase("WHO_PQ");
		Task consultation = task(instance, Tasks.INITIAL_CONSULTATION);

		advance(Duration.ofDays(5).minusMinutes(1));
		assertThat(overdueTasks).isEmpty();

		advance(Duration.ofMinutes(1));
		assertThat(overdueTasks).containsExactly(new OverdueTask(consultation.getId(), Tasks.INITIAL_CONSULTATION,
				ADVISOR, "timeout", instance.getId()));
		assertThat(instance).isWaitingAtExactly(Tasks.INITIAL_CONSULTATION);

		advanceDays(10);
		assertThat(overdueTasks).hasSize(1);
		assertThat(task(instance, Tasks.INITIAL_CONSULTATION).getId()).isEqualTo(consultation.getId());
	}

	@Test
	void everyAdvisorTaskOfTheCaseHasItsOwnSla() {
		ProcessInstance instance = pathwaysRunning("COMPENDIUM");
		complete(BpmnAwareTests.calledProcessInstance(Processes.COMPENDIUM_LISTING, instance),
				Tasks.COMPENDIUM_ELIGIBILITY, "inScope", false);
		Date closeCaseOpened = now();

		assertThat(timer(instance, Tasks.CLOSE_CASE).getDuedate()).isEqualTo(plus(closeCaseOpened, Duration.ofDays(5)));
		advanceDays(5);

		assertThat(overdueTasks).extracting(OverdueTask::taskKey).containsExactly(Tasks.CLOSE_CASE);
	}

	// ---------------------------------------------------------------- withdrawal, configuration, model

	@Test
	void withdrawalDeletesTheCaseWithItsPathways() {
		ProcessInstance instance = pathwaysRunning("WHO_PQ,UN_PROCUREMENT");

		runtimeService().deleteProcessInstance(instance.getId(), "WITHDRAWN");

		assertThat(processInstanceQuery().count()).isZero();
		assertThat(taskQuery().count()).isZero();
		assertThat(BpmnAwareTests.jobQuery().count()).isZero();
		assertThat(calls(Beans.RECORD_CASE_OUTCOME)).isEmpty();
	}

	@Test
	void timersFollowTheConfiguration() {
		TimerProperties configured = configuredTimers();
		useTimers(new TimerProperties(new TimerProperties.Sla(Duration.ofHours(4), Duration.ofDays(1),
				Duration.ofHours(60), Duration.ofHours(8), configured.sla().registrationReview()), configured.pq(), configured.compendium(), configured.bid(),
				configured.survey()));

		ProcessInstance instance = startCase();
		assertThat(task(instance, Tasks.TRIAGE)).hasDueDate(plus(now(), Duration.ofHours(4)));
		assertThat(timer(instance, "triage-sla").getDuedate()).isEqualTo(plus(now(), Duration.ofHours(4)));

		complete(instance, Tasks.TRIAGE, "decision", "REQUEST_INFO", "note", "Which markets?");
		assertThat(timer(instance, "information-reminder").getDuedate()).isEqualTo(inDays(1));
		assertThat(timer(instance, "information-timeout").getDuedate()).isEqualTo(plus(now(), Duration.ofHours(60)));

		advanceDays(3);
		assertThat(calls(Beans.SEND_REMINDER)).hasSize(2);
		assertThat(inputsOf(Beans.RECORD_CASE_OUTCOME)).containsExactly(Map.of("outcome", "ABANDONED"));
	}

	@Test
	void modelFollowsTheConventions() {
		assertHistoryTimeToLive(Processes.SUPPORT_CASE);
		assertAdvisorTasksFollowConventions(Processes.SUPPORT_CASE,
				List.of(Tasks.INITIAL_CONSULTATION, Tasks.CLOSE_CASE));

		BpmnModelInstance model = BpmnAwareTests.repositoryService()
			.getBpmnModelInstance(BpmnAwareTests.processDefinition(Processes.SUPPORT_CASE).getId());
		assertThat(model.getModelElementsByType(CallActivity.class)).hasSize(3).allSatisfy(call -> {
			assertThat(call.getCalledElement()).isIn(PATHWAY_PROCESSES.values());
			assertThat(call.getCamundaCalledElementBinding()).isEqualTo("latest");
			List<CamundaIn> ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
			assertThat(ins).anySatisfy(in -> assertThat(in.getCamundaBusinessKey())
				.isEqualTo("#{execution.processBusinessKey}"));
			assertThat(ins).anySatisfy(in -> assertThat(in.getCamundaVariables()).isEqualTo("all"));
			assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).count())
				.as("no out mapping").isZero();
		});
	}

	// ---------------------------------------------------------------- helpers

	private static ProcessInstance startCase() {
		return runtimeService().startProcessInstanceByKey(Processes.SUPPORT_CASE, CASE_ID, caseVariables());
	}

	private static ProcessInstance acceptedCase(String pathways) {
		ProcessInstance instance = startCase();
		complete(instance, Tasks.TRIAGE, "decision", "ACCEPT", "advisor", ADVISOR, "pathways", pathways);
		return instance;
	}

	private static ProcessInstance pathwaysRunning(String pathways) {
		ProcessInstance instance = acceptedCase("WHO_PQ");
		complete(instance, Tasks.INITIAL_CONSULTATION, "readiness", "READY", "plan", "The plan", "pathways",
				pathways);
		complete(instance, Tasks.APPROVE_PLAN, "accept", true);
		return instance;
	}

}
