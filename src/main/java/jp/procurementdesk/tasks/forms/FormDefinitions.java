package jp.procurementdesk.tasks.forms;

import static jp.procurementdesk.process.ProcessModel.Variables.ACCEPT;
import static jp.procurementdesk.process.ProcessModel.Variables.ADVISOR;
import static jp.procurementdesk.process.ProcessModel.Variables.APPROVE;
import static jp.procurementdesk.process.ProcessModel.Variables.CALL_DEADLINE;
import static jp.procurementdesk.process.ProcessModel.Variables.COMPANY_ID;
import static jp.procurementdesk.process.ProcessModel.Variables.CONTRACT_VALUE_USD;
import static jp.procurementdesk.process.ProcessModel.Variables.DECISION;
import static jp.procurementdesk.process.ProcessModel.Variables.ELIGIBLE;
import static jp.procurementdesk.process.ProcessModel.Variables.HELPFUL;
import static jp.procurementdesk.process.ProcessModel.Variables.IN_SCOPE;
import static jp.procurementdesk.process.ProcessModel.Variables.NOTE;
import static jp.procurementdesk.process.ProcessModel.Variables.PATHWAYS;
import static jp.procurementdesk.process.ProcessModel.Variables.RATING;
import static jp.procurementdesk.process.ProcessModel.Variables.RESPONSE_DUE;
import static jp.procurementdesk.process.ProcessModel.Variables.RESULT;
import static jp.procurementdesk.process.ProcessModel.Variables.ROUTE;
import static jp.procurementdesk.process.ProcessModel.Variables.STREAM;
import static jp.procurementdesk.process.ProcessModel.Variables.SUBMISSION_DEADLINE;
import static jp.procurementdesk.tasks.forms.FormField.Rule.IN_FUTURE;
import static jp.procurementdesk.tasks.forms.FormField.Rule.NONE;
import static jp.procurementdesk.tasks.forms.FormField.Rule.NOT_IN_FUTURE;
import static jp.procurementdesk.tasks.forms.FormField.Rule.NOT_IN_PAST;
import static jp.procurementdesk.tasks.forms.FormField.Rule.NOT_NEGATIVE;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.procurementdesk.cases.Helpful;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.PathwayOutcome;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.cases.WhoRoute;
import jp.procurementdesk.cases.WhoStream;
import jp.procurementdesk.companies.ReviewDecision;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.tasks.forms.FormField.Rule;

/**
 * The form of every task key (docs/contract.md, Processes), in one place: the API validates completions
 * with it and describes {@code fields[]} from it, and the web UI renders its forms from it.
 * The fields that steer the processes carry the names of {@code ProcessModel.Variables};
 * options that are the desk's vocabulary come from its enums (streams, pathway outcomes).
 */
public final class FormDefinitions {

	private static final int SHORT_TEXT = 200;

	private static final int LONG_TEXT = 4000;

	/** The longest id a new company may get (companies' {@code RegistrationReview.COMPANY_ID_PATTERN}). */
	private static final int COMPANY_ID_LENGTH = 40;

	private static final Map<String, List<FormField>> FORMS = Map.ofEntries(
			Map.entry(Tasks.TRIAGE, List.of(
					choice(DECISION, "ACCEPT", "ANSWER", "REQUEST_INFO", "REJECT"),
					new FormField(ADVISOR, FieldType.USER, false, null, when(DECISION, "ACCEPT"), Rule.ADVISOR,
							SHORT_TEXT),
					new FormField(PATHWAYS, FieldType.MULTI_ENUM, false, names(Pathway.values()),
							when(DECISION, "ACCEPT"), NONE, 0),
					new FormField("note", FieldType.TEXT, false, null, when(DECISION, "ANSWER", "REQUEST_INFO", "REJECT"), NONE,
							LONG_TEXT))),
			Map.entry(Tasks.PROVIDE_INFORMATION, List.of(text("response"))),
			Map.entry(Tasks.INITIAL_CONSULTATION, List.of(
					choice("readiness", "READY", "GAPS", "NOT_READY"),
					text("plan"),
					new FormField(PATHWAYS, FieldType.MULTI_ENUM, true, names(Pathway.values()), null, NONE, 0))),
			Map.entry(Tasks.APPROVE_PLAN, List.of(yesNo(ACCEPT), textWhen("comment", ACCEPT, "false"))),
			Map.entry(Tasks.CLOSE_CASE, List.of(text("summary"))),
			Map.entry(Tasks.APPROVE_CLOSURE, List.of(yesNo(APPROVE), textWhen("comment", APPROVE, "false"))),

			Map.entry(Tasks.RATE_SUPPORT, List.of(
					new FormField(RATING, FieldType.INTEGER, true, null, null, Rule.ONE_TO_FIVE, 0),
					choice(HELPFUL, names(Helpful.values())), optionalText("comment"))),

			Map.entry(Tasks.PQ_ELIGIBILITY, List.of(
					choice(STREAM, names(WhoStream.values())),
					choice(ROUTE, names(WhoRoute.values())), yesNo(ELIGIBLE), optionalText("note"))),
			Map.entry(Tasks.PREPARE_DOSSIER, List.of()),
			Map.entry(Tasks.REVIEW_DOSSIER, review()),
			Map.entry(Tasks.SUBMIT_TO_WHO, List.of(shortText("whoReference"), date("submittedOn", NOT_IN_FUTURE))),
			Map.entry(Tasks.RECORD_SCREENING, List.of(
					choice(RESULT, "ACCEPTED", "INFO_REQUESTED", PathwayOutcome.SCREENING_FAILED.name()),
					new FormField(RESPONSE_DUE, FieldType.DATE, false, null, when(RESULT, "INFO_REQUESTED"),
							NOT_IN_PAST, 0))),
			Map.entry(Tasks.ANSWER_WHO_QUERY, List.of(text("answer"))),
			Map.entry(Tasks.RECORD_DECISION, List.of(
					choice(DECISION, names(PathwayOutcome.PREQUALIFIED, PathwayOutcome.PREQUALIFIED_WITH_COMMITMENTS,
							PathwayOutcome.REJECTED, PathwayOutcome.WITHDRAWN)),
					new FormField("listingDate", FieldType.DATE, false, null, when(DECISION,
							names(PathwayOutcome.PREQUALIFIED, PathwayOutcome.PREQUALIFIED_WITH_COMMITMENTS)), NONE, 0))),

			Map.entry(Tasks.COMPENDIUM_ELIGIBILITY, List.of(yesNo(IN_SCOPE),
					new FormField(CALL_DEADLINE, FieldType.DATE, false, null, when(IN_SCOPE, "true"), IN_FUTURE, 0))),
			Map.entry(Tasks.PREPARE_APPLICATION, List.of()),
			Map.entry(Tasks.REVIEW_APPLICATION, review()),
			Map.entry(Tasks.SUBMIT_APPLICATION, List.of(shortText("submissionReference"))),
			Map.entry(Tasks.RECORD_COMPENDIUM_RESULT, List.of(choice(RESULT,
					names(PathwayOutcome.LISTED, PathwayOutcome.NOT_SELECTED)))),

			Map.entry(Tasks.UNGM_REGISTRATION, List.of(shortText("ungmVendorId"),
					choice("ungmLevel", "BASIC", "LEVEL_1", "LEVEL_2"))),
			Map.entry(Tasks.VERIFY_REGISTRATION, List.of(choice(RESULT, "VERIFIED", "VENDOR_TO_UPDATE"),
					optionalText("note"))),
			Map.entry(Tasks.IDENTIFY_TENDER, List.of(
					new FormField("agency", FieldType.ENUM, true, names(TargetAgency.values()), null, NONE, 0),
					shortText("noticeId"), choice("tenderType", "RFI", "EOI", "RFQ", "ITB", "RFP"),
					new FormField(SUBMISSION_DEADLINE, FieldType.DATE_TIME, true, null, null, IN_FUTURE, 0),
					shortText("title"))),
			Map.entry(Tasks.GO_NO_GO, List.of(choice(DECISION, "GO", "NO_GO"), optionalText("comment"))),
			Map.entry(Tasks.PREPARE_BID, List.of()),
			Map.entry(Tasks.REVIEW_BID, review()),
			Map.entry(Tasks.SUBMIT_BID, List.of(
					new FormField("submittedAt", FieldType.DATE_TIME, true, null, null, NOT_IN_FUTURE, 0))),
			Map.entry(Tasks.RECORD_AWARD, List.of(
					choice(RESULT, names(PathwayOutcome.AWARDED, PathwayOutcome.LTA_SIGNED, PathwayOutcome.LOST,
							PathwayOutcome.TENDER_CANCELLED)),
					new FormField(CONTRACT_VALUE_USD, FieldType.DECIMAL, false, null,
							when(RESULT, names(PathwayOutcome.AWARDED, PathwayOutcome.LTA_SIGNED)), NOT_NEGATIVE, 0))),

			Map.entry(Tasks.REVIEW_REGISTRATION, List.of(
					choice(DECISION, names(ReviewDecision.values())),
					new FormField(COMPANY_ID, FieldType.TEXT, false, null, when(DECISION, ReviewDecision.APPROVE.name()),
							Rule.COMPANY_ID, COMPANY_ID_LENGTH),
					textWhen(NOTE, DECISION, ReviewDecision.REJECT.name()))));

	private FormDefinitions() {
	}

	/** The fields of a task key, or empty for a key no process has. */
	public static Optional<List<FormField>> of(String taskKey) {
		return Optional.ofNullable(FORMS.get(taskKey));
	}

	public static Set<String> taskKeys() {
		return FORMS.keySet();
	}

	private static List<FormField> review() {
		return List.of(choice(DECISION, "APPROVED", "CHANGES_REQUESTED"),
				textWhen("comments", DECISION, "CHANGES_REQUESTED"));
	}

	private static FormField choice(String name, String... options) {
		return choice(name, List.of(options));
	}

	private static FormField choice(String name, List<String> options) {
		return new FormField(name, FieldType.ENUM, true, options, null, NONE, 0);
	}

	private static FormField yesNo(String name) {
		return new FormField(name, FieldType.BOOLEAN, true, null, null, NONE, 0);
	}

	private static FormField text(String name) {
		return new FormField(name, FieldType.TEXT, true, null, null, NONE, LONG_TEXT);
	}

	private static FormField shortText(String name) {
		return new FormField(name, FieldType.TEXT, true, null, null, NONE, SHORT_TEXT);
	}

	private static FormField optionalText(String name) {
		return new FormField(name, FieldType.TEXT, false, null, null, NONE, LONG_TEXT);
	}

	private static FormField textWhen(String name, String field, String... values) {
		return new FormField(name, FieldType.TEXT, false, null, when(field, values), NONE, LONG_TEXT);
	}

	private static FormField date(String name, FormField.Rule rule) {
		return new FormField(name, FieldType.DATE, true, null, null, rule, 0);
	}

	private static FormField.Condition when(String field, String... values) {
		return when(field, List.of(values));
	}

	private static FormField.Condition when(String field, List<String> values) {
		return new FormField.Condition(field, Set.copyOf(values));
	}

	/** The names of the values, in their order. */
	@SafeVarargs
	private static <E extends Enum<E>> List<String> names(E... values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
