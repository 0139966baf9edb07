package jp.procurementdesk.tasks.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FormSubmissionTest {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-15T00:00:00Z");

	static final FormSubmission.Context CONTEXT = new FormSubmission.Context(NOW, TOKYO, "alice"::equals);

	/** The options of {@code stream}, the one argument of its problem. */
	static final Object STREAMS = List.of("MEDICINE", "VACCINE", "IVD", "VECTOR_CONTROL", "IMMUNIZATION_DEVICE");

	static List<FormField> form(String taskKey) {
		return FormDefinitions.of(taskKey).orElseThrow();
	}

	static Map<String, Problem> problems(List<FormField> form, Map<String, Object> input) {
		InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
				() -> FormSubmission.validate(form, input, CONTEXT));
		assertThat(invalid).as("refused").isNotNull();
		return invalid.problems();
	}

	@Test
	void acceptedValuesBecomeVariablesAndTimelineValues() {
		FormSubmission triage = FormSubmission.validate(form(Tasks.TRIAGE),
				Map.of("decision", "ACCEPT", "advisor", " alice ", "pathways", List.of("UN_PROCUREMENT", "WHO_PQ")),
				CONTEXT);
		assertThat(triage.variables()).containsExactly(Map.entry("decision", "ACCEPT"), Map.entry("advisor", "alice"),
				Map.entry("pathways", "UN_PROCUREMENT,WHO_PQ"));
		assertThat(triage.values()).containsExactly(Map.entry("decision", "ACCEPT"), Map.entry("advisor", "alice"),
				Map.entry("pathways", List.of("UN_PROCUREMENT", "WHO_PQ")));
	}

	@Test
	void aRatingIsAWholeNumberFromOneToFiveAndHelpfulIsRequired() {
		FormSubmission rated = FormSubmission.validate(form(Tasks.RATE_SUPPORT),
				Map.of("rating", "5", "helpful", "YES"), CONTEXT);
		assertThat(rated.variables()).containsExactly(Map.entry("rating", 5L), Map.entry("helpful", "YES"));
		assertThat(FormSubmission.validate(form(Tasks.RATE_SUPPORT), Map.of("rating", 1, "helpful", "NO",
				"comment", "Too slow"), CONTEXT).variables()).containsEntry("rating", 1L).containsEntry("comment", "Too slow");

		assertThat(problems(form(Tasks.RATE_SUPPORT), Map.of("rating", "6"))).containsOnlyKeys("rating", "helpful")
			.containsEntry("rating", new Problem("one-to-five"))
			.containsEntry("helpful", new Problem("required"));
		assertThat(problems(form(Tasks.RATE_SUPPORT), Map.of("rating", "0", "helpful", "YES")))
			.containsExactly(Map.entry("rating", new Problem("one-to-five")));
		assertThat(problems(form(Tasks.RATE_SUPPORT), Map.of("rating", "3.5", "helpful", "MAYBE")))
			.containsEntry("rating", new Problem("integer"))
			.containsEntry("helpful", new Problem("option", (Object) List.of("YES", "PARTLY", "NO")));
	}

	@Test
	void theAnswerOfAQuestionIsTheRequiredNote() {
		assertThat(problems(form(Tasks.TRIAGE), Map.of("decision", "ANSWER")))
			.containsExactly(Map.entry("note", new Problem("required")));
		assertThat(FormSubmission.validate(form(Tasks.TRIAGE), Map.of("decision", "ANSWER", "note", " Yes. "), CONTEXT)
			.variables()).containsExactly(Map.entry("decision", "ANSWER"), Map.entry("note", "Yes."));
	}

	@Test
	void datesBecomeTheStartOfTheDayInTheDesksZone() {
		FormSubmission screening = FormSubmission.validate(form(Tasks.RECORD_SCREENING),
				Map.of("result", "INFO_REQUESTED", "responseDue", "2026-07-01"), CONTEXT);
		assertThat(screening.variables().get("responseDue"))
			.isEqualTo(Date.from(OffsetDateTime.parse("2026-07-01T00:00:00+09:00").toInstant()));
		assertThat(screening.values().get("responseDue")).isEqualTo("2026-07-01");
	}

	@Test
	void decimalsBecomeDoublesAndTimesDates() {
		FormSubmission award = FormSubmission.validate(form(Tasks.RECORD_AWARD),
				Map.of("result", "AWARDED", "contractValueUsd", "125000.50"), CONTEXT);
		assertThat(award.variables().get("contractValueUsd")).isEqualTo(125000.5d);
		FormSubmission bid = FormSubmission.validate(form(Tasks.SUBMIT_BID),
				Map.of("submittedAt", "2026-06-14T18:00:00+09:00"), CONTEXT);
		assertThat(bid.variables().get("submittedAt"))
			.isEqualTo(Date.from(OffsetDateTime.parse("2026-06-14T09:00:00Z").toInstant()));
	}

	@Test
	void everyProblemIsReportedAtOncePerField() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("surprise", "x");
		input.put("stream", "ANTIBIOTIC");
		input.put("eligible", "maybe");
		assertThat(problems(form(Tasks.PQ_ELIGIBILITY), input)).containsOnlyKeys("surprise", "stream", "route",
				"eligible")
			.containsEntry("surprise", new Problem("unknown-field"))
			.containsEntry("stream", new Problem("option", STREAMS))
			.containsEntry("route", new Problem("required"))
			.containsEntry("eligible", new Problem("boolean"));
	}

	@Test
	void blankTextsAndEmptyListsAreMissing() {
		assertThat(problems(form(Tasks.CLOSE_CASE), Map.of("summary", "   "))).containsExactly(
				Map.entry("summary", new Problem("required")));
		assertThat(problems(form(Tasks.INITIAL_CONSULTATION),
				Map.of("readiness", "READY", "plan", "p", "pathways", List.of())))
			.containsExactly(Map.entry("pathways", new Problem("required")));
	}

	@Test
	void conditionalFieldsAreRequiredOnlyWhenTheirConditionHolds() {
		assertThat(problems(form(Tasks.TRIAGE), Map.of("decision", "ACCEPT"))).containsOnlyKeys("advisor", "pathways");
		assertThat(problems(form(Tasks.TRIAGE), Map.of("decision", "REJECT"))).containsOnlyKeys("note");
		assertThat(FormSubmission.validate(form(Tasks.APPROVE_PLAN), Map.of("accept", true), CONTEXT).variables())
			.containsExactly(Map.entry("accept", true));
		assertThat(problems(form(Tasks.APPROVE_PLAN), Map.of("accept", "false"))).containsOnlyKeys("comment");
	}

	@Test
	void rulesAreCheckedAfterParsing() {
		assertThat(problems(form(Tasks.TRIAGE),
				Map.of("decision", "ACCEPT", "advisor", "mallory", "pathways", List.of("WHO_PQ"))))
			.containsExactly(Map.entry("advisor", new Problem("role-advisor")));
		assertThat(problems(form(Tasks.SUBMIT_TO_WHO), Map.of("whoReference", "W-1", "submittedOn", "2026-06-16")))
			.containsExactly(Map.entry("submittedOn", new Problem("not-in-future")));
		assertThat(problems(form(Tasks.SUBMIT_APPLICATION), Map.of("submissionReference", "x".repeat(201))))
			.containsExactly(Map.entry("submissionReference", new Problem("too-long", 200)));
	}

	@Test
	void aFormWithoutFieldsTakesNoValues() {
		assertThat(FormSubmission.validate(form(Tasks.PREPARE_BID), Map.of(), CONTEXT).variables()).isEmpty();
		assertThat(problems(form(Tasks.PREPARE_BID), Map.of("note", "done")))
			.containsExactly(Map.entry("note", new Problem("unknown-field")));
	}

	@Property
	void unknownFieldsAreAlwaysRefused(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String name) {
		List<FormField> form = form(Tasks.CLOSE_CASE);
		if (name.equals("summary")) {
			return;
		}
		assertThat(problems(form, Map.of("summary", "done", name, "x"))).containsExactly(
				Map.entry(name, new Problem("unknown-field")));
	}

	@Property
	void acceptedTextIsStoredStrippedInBothMaps(@ForAll @StringLength(min = 1, max = 4000) String summary) {
		if (summary.isBlank()) {
			return;
		}
		FormSubmission closing = FormSubmission.validate(form(Tasks.CLOSE_CASE), Map.of("summary", summary), CONTEXT);
		assertThat(closing.variables()).containsExactly(Map.entry("summary", summary.strip()));
		assertThat(closing.values()).isEqualTo(closing.variables());
	}

}
