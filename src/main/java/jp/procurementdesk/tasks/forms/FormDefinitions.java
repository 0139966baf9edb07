package jp.procurementdesk.tasks.forms;

import static jp.procurementdesk.tasks.forms.FormField.Rule.ADVISOR;
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

import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.process.ProcessModel.Tasks;

/**
 * The form of every task key (docs/contract.md, Processes), in one place: the API validates completions
 * with it and describes {@code fields[]} from it, and the web UI renders its forms from it.
 */
public final class FormDefinitions {

	private static final int SHORT_TEXT = 200;

	private static final int LONG_TEXT = 4000;

	private static final Map<String, List<FormField>> FORMS = Map.ofEntries(
			Map.entry(Tasks.TRIAGE, List.of(
					choice("decision", "ACCEPT", "REQUEST_INFO", "REJECT"),
					new FormField("advisor", FieldType.USER, false, null, when("decision", "ACCEPT"), ADVISOR, SHORT_TEXT),
					new FormField("pathways", FieldType.MULTI_ENUM, false, names(Pathway.values()),
							when("decision", "ACCEPT"), NONE, 0),
					new FormField("note", FieldType.TEXT, false, null, when("decision", "REQUEST_INFO", "REJECT"), NONE,
							LONG_TEXT))),
			Map.entry(Tasks.PROVIDE_INFORMATION, List.of(text("response"))),
			Map.entry(Tasks.INITIAL_CONSULTATION, List.of(
					choice("readiness", "READY", "GAPS", "NOT_READY"),
					text("plan"),
					new FormField("pathways", FieldType.MULTI_ENUM, true, names(Pathway.values()), null, NONE, 0))),
			Map.entry(Tasks.APPROVE_PLAN, List.of(yesNo("accept"), textWhen("comment", "accept", "false"))),
			Map.entry(Tasks.CLOSE_CASE, List.of(text("summary"))),
			Map.entry(Tasks.APPROVE_CLOSURE, List.of(yesNo("approve"), textWhen("comment", "approve", "false"))),

			Map.entry(Tasks.PQ_ELIGIBILITY, List.of(
					choice("stream", "MEDICINE", "VACCINE", "IVD", "VECTOR_CONTROL", "IMMUNIZATION_DEVICE"),
					choice("route", "FULL", "ABRIDGED"), yesNo("eligible"), optionalText("note"))),
			Map.entry(Tasks.PREPARE_DOSSIER, List.of()),
			Map.entry(Tasks.REVIEW_DOSSIER, review()),
			Map.entry(Tasks.SUBMIT_TO_WHO, List.of(shortText("whoReference"), date("submittedOn", NOT_IN_FUTURE))),
			Map.entry(Tasks.RECORD_SCREENING, List.of(
					choice("result", "ACCEPTED", "INFO_REQUESTED", "SCREENING_FAILED"),
					new FormField("responseDue", FieldType.DATE, false, null, when("result", "INFO_REQUESTED"),
							NOT_IN_PAST, 0))),
			Map.entry(Tasks.ANSWER_WHO_QUERY, List.of(text("answer"))),
			Map.entry(Tasks.RECORD_DECISION, List.of(
					choice("decision", "PREQUALIFIED", "PREQUALIFIED_WITH_COMMITMENTS", "REJECTED", "WITHDRAWN"),
					new FormField("listingDate", FieldType.DATE, false, null,
							when("decision", "PREQUALIFIED", "PREQUALIFIED_WITH_COMMITMENTS"), NONE, 0))),

			Map.entry(Tasks.COMPENDIUM_ELIGIBILITY, List.of(yesNo("inScope"),
					new FormField("callDeadline", FieldType.DATE, false, null, when("inScope", "true"), IN_FUTURE, 0))),
			Map.entry(Tasks.PREPARE_APPLICATION, List.of()),
			Map.entry(Tasks.REVIEW_APPLICATION, review()),
			Map.entry(Tasks.SUBMIT_APPLICATION, List.of(shortText("submissionReference"))),
			Map.entry(Tasks.RECORD_COMPENDIUM_RESULT, List.of(choice("result", "LISTED", "NOT_SELECTED"))),

			Map.entry(Tasks.UNGM_REGISTRATION, List.of(shortText("ungmVendorId"),
					choice("ungmLevel", "BASIC", "LEVEL_1", "LEVEL_2"))),
			Map.entry(Tasks.VERIFY_REGISTRATION, List.of(choice("result", "VERIFIED", "VENDOR_TO_UPDATE"),
					optionalText("note"))),
			Map.entry(Tasks.IDENTIFY_TENDER, List.of(
					new FormField("agency", FieldType.ENUM, true, names(TargetAgency.values()), null, NONE, 0),
					shortText("noticeId"), choice("tenderType", "RFI", "EOI", "RFQ", "ITB", "RFP"),
					new FormField("submissionDeadline", FieldType.DATE_TIME, true, null, null, IN_FUTURE, 0),
					shortText("title"))),
			Map.entry(Tasks.GO_NO_GO, List.of(choice("decision", "GO", "NO_GO"), optionalText("comment"))),
			Map.entry(Tasks.PREPARE_BID, List.of()),
			Map.entry(Tasks.REVIEW_BID, review()),
			Map.entry(Tasks.SUBMIT_BID, List.of(
					new FormField("submittedAt", FieldType.DATE_TIME, true, null, null, NOT_IN_FUTURE, 0))),
			Map.entry(Tasks.RECORD_AWARD, List.of(
					choice("result", "AWARDED", "LTA_SIGNED", "LOST", "TENDER_CANCELLED"),
					new FormField("contractValueUsd", FieldType.DECIMAL, false, null,
							when("result", "AWARDED", "LTA_SIGNED"), NOT_NEGATIVE, 0))));

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
		return List.of(choice("decision", "APPROVED", "CHANGES_REQUESTED"),
				textWhen("comments", "decision", "CHANGES_REQUESTED"));
	}

	private static FormField choice(String name, String... options) {
		return new FormField(name, FieldType.ENUM, true, List.of(options), null, NONE, 0);
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
		return new FormField.Condition(field, Set.of(values));
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
