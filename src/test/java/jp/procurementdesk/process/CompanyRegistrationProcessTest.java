package jp.procurementdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.companies.ReviewDecision;
import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.process.internal.TimerProperties;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;
import jp.procurementdesk.tasks.forms.FormDefinitions;
import jp.procurementdesk.tasks.forms.FormField;
import jp.procurementdesk.tasks.forms.FormSubmission;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code company-registration} (docs/processes.md): the supervisors' review of a verified
 * registration, its two decisions, the review's SLA reminder, and the review form's rules.
 * The delegates are stand-ins that record what the companies module would be asked.
 */
@Deployment(resources = "bpmn/company-registration.bpmn")
class CompanyRegistrationProcessTest extends ProcessTestSupport {

	static final String REGISTRATION_ID = "5b1d7c2e-0000-4000-8000-000000000015";

	static final FormSubmission.Context FORM_CONTEXT = new FormSubmission.Context(
			OffsetDateTime.parse("2025-04-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"), username -> false);

	/** What each delegate saw: registration id, and the company id or the note. */
	record Review(String bean, String businessKey, String registrationId, Object companyId, Object note) {
	}

	final List<Review> reviews = new ArrayList<>();

	@BeforeEach
	void recordReviews() {
		for (String bean : List.of(Beans.APPROVE_REGISTRATION, Beans.REJECT_REGISTRATION,
				Beans.REGISTRATION_REVIEW_OVERDUE)) {
			Mocks.register(bean, (JavaDelegate) execution -> reviews.add(new Review(bean,
					execution.getProcessBusinessKey(), (String) execution.getVariable(Variables.REGISTRATION_ID),
					execution.getVariable(Variables.COMPANY_ID), execution.getVariable(Variables.NOTE))));
		}
	}

	@Test
	void aVerifiedRegistrationWaitsForTheSupervisorsReview() {
		ProcessInstance instance = start();

		assertThat(instance).isStarted().isWaitingAtExactly(Tasks.REVIEW_REGISTRATION);
		assertThat(instance.getBusinessKey()).isEqualTo(REGISTRATION_ID);
		assertThat(task(instance, Tasks.REVIEW_REGISTRATION)).hasCandidateGroup("supervisors").isNotAssigned()
			.hasDueDate(inDays(2));
		assertThat(reviews).isEmpty();
	}

	@Test
	void approveCreatesTheCompanyWithTheGivenId() {
		ProcessInstance instance = start();

		completeReview(instance, Map.of("decision", "APPROVE", "companyId", "hokkaido-diagnostics"));

		assertThat(instance).hasPassed("approve-registration", "registration-approved").isEnded();
		assertThat(instance).hasNotPassed("reject-registration");
		assertThat(reviews).containsExactly(new Review(Beans.APPROVE_REGISTRATION, REGISTRATION_ID, REGISTRATION_ID,
				"hokkaido-diagnostics", null));
	}

	@Test
	void rejectSendsTheNote() {
		ProcessInstance instance = start();

		completeReview(instance, Map.of("decision", "REJECT", "note", "We serve makers of health products only."));

		assertThat(instance).hasPassed("reject-registration", "registration-rejected").isEnded();
		assertThat(instance).hasNotPassed("approve-registration");
		assertThat(reviews).containsExactly(new Review(Beans.REJECT_REGISTRATION, REGISTRATION_ID, REGISTRATION_ID,
				null, "We serve makers of health products only."));
	}

	@Test
	void anOverdueReviewRemindsTheSupervisorsOnceAndStaysOpen() {
		ProcessInstance instance = start();
		String taskId = task(instance, Tasks.REVIEW_REGISTRATION).getId();

		advance(Duration.ofDays(2).minusMinutes(1));
		assertThat(reviews).isEmpty();

		advance(Duration.ofMinutes(1));
		assertThat(reviews).containsExactly(new Review(Beans.REGISTRATION_REVIEW_OVERDUE, REGISTRATION_ID,
				REGISTRATION_ID, null, null));
		assertThat(instance).hasPassed("notify-review-overdue", "supervisors-reminded")
			.isWaitingAtExactly(Tasks.REVIEW_REGISTRATION);
		assertThat(task(instance, Tasks.REVIEW_REGISTRATION).getId()).isEqualTo(taskId);

		advanceDays(30);
		assertThat(reviews).hasSize(1);
		assertThat(timers(instance)).isEmpty();

		completeReview(instance, Map.of("decision", "APPROVE", "companyId", "late-but-fine"));
		assertThat(instance).isEnded();
		assertThat(reviews).extracting(Review::bean)
			.containsExactly(Beans.REGISTRATION_REVIEW_OVERDUE, Beans.APPROVE_REGISTRATION);
	}

	@Test
	void aReviewInTimeNeverReminds() {
		ProcessInstance instance = start();
		advance(Duration.ofDays(1));

		completeReview(instance, Map.of("decision", "REJECT", "note", "Duplicate of an existing company."));
		advanceDays(5);

		assertThat(instance).isEnded();
		assertThat(reviews).extracting(Review::bean).containsExactly(Beans.REJECT_REGISTRATION);
	}

	@Test
	void theReviewSlaFollowsTheConfiguration() {
		TimerProperties configured = configuredTimers();
		TimerProperties.Sla sla = configured.sla();
		useTimers(new TimerProperties(new TimerProperties.Sla(sla.triage(), sla.informationReminder(),
				sla.informationTimeout(), sla.advisorTask(), Duration.ofHours(6)), configured.pq(),
				configured.compendium(), configured.bid(), configured.survey()));

		ProcessInstance instance = start();

		assertThat(task(instance, Tasks.REVIEW_REGISTRATION)).hasDueDate(plus(now(), Duration.ofHours(6)));
		assertThat(timer(instance, "registration-review-sla").getDuedate()).isEqualTo(plus(now(), Duration.ofHours(6)));
		assertThat(configured.sla().registrationReview()).isEqualTo(Duration.ofDays(2));
	}

	// ---------------------------------------------------------------- the review form

	@Test
	void theFormOffersTheReviewDecisions() {
		FormField decision = form().get(0);
		assertThat(decision.name()).isEqualTo(Variables.DECISION);
		assertThat(decision.required()).isTrue();
		assertThat(decision.options())
			.containsExactlyElementsOf(Arrays.stream(ReviewDecision.values()).map(Enum::name).toList());
	}

	@Test
	void approveWithoutACompanyIdIsRefused() {
		assertThat(problems(Map.of("decision", "APPROVE"))).containsExactly(Map.entry("companyId", new Problem("required")));
		assertThat(problems(Map.of("decision", "APPROVE", "companyId", "  "))).containsOnlyKeys("companyId");
	}

	@Test
	void theCompanyIdIsASlug() {
		for (String bad : List.of("ab", "Hokkaido", "hokkaido_diagnostics", "hokkaido diagnostics", "北海道",
				"a".repeat(41))) {
			assertThat(problems(Map.of("decision", "APPROVE", "companyId", bad))).as(bad).containsOnlyKeys("companyId");
		}
		assertThat(problems(Map.of("decision", "APPROVE", "companyId", "Hokkaido")))
			.containsExactly(Map.entry("companyId", new Problem("company-id")));
		for (String good : List.of("abc", "hokkaido-diagnostics", "3m-japan", "a".repeat(40))) {
			assertThat(problems(Map.of("decision", "APPROVE", "companyId", good))).as(good).isEmpty();
		}
	}

	@Test
	void rejectWithoutANoteIsRefused() {
		assertThat(problems(Map.of("decision", "REJECT"))).containsExactly(Map.entry("note", new Problem("required")));
		assertThat(problems(Map.of("decision", "REJECT", "companyId", "ignored-here"))).containsOnlyKeys("note");
	}

	@Test
	void aDecisionIsRequiredAndOneOfTheTwo() {
		assertThat(problems(Map.of())).containsOnlyKeys("decision");
		assertThat(problems(Map.of("decision", "ACCEPT", "note", "x"))).containsOnlyKeys("decision");
	}

	@Test
	void modelFollowsTheConventions() {
		assertHistoryTimeToLive(Processes.COMPANY_REGISTRATION);
		assertAdvisorTasksFollowConventions(Processes.COMPANY_REGISTRATION, List.of());
	}

	// ---------------------------------------------------------------- helpers

	private static ProcessInstance start() {
		return BpmnAwareTests.runtimeService().startProcessInstanceByKey(Processes.COMPANY_REGISTRATION,
				REGISTRATION_ID, Map.of(Variables.REGISTRATION_ID, REGISTRATION_ID));
	}

	private static List<FormField> form() {
		return FormDefinitions.of(Tasks.REVIEW_REGISTRATION).orElseThrow();
	}

	/** Completes the review as the task endpoint does: the form's variables, once they pass. */
	private static void completeReview(ProcessInstance instance, Map<String, Object> input) {
		FormSubmission submission = FormSubmission.validate(form(), input, FORM_CONTEXT);
		BpmnAwareTests.complete(task(instance, Tasks.REVIEW_REGISTRATION), submission.variables());
	}

	/** The problems the task endpoint would answer 400 with; empty when the input passes. */
	private static Map<String, Problem> problems(Map<String, Object> input) {
		try {
			FormSubmission.validate(form(), input, FORM_CONTEXT);
			return Map.of();
		}
		catch (InvalidInputException refused) {
			return refused.problems();
		}
	}

}
