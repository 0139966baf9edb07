package jp.procurementdesk.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.TimelineRecord;
import jp.procurementdesk.cases.TimelineType;

/** The case page's stage bar and timeline, with how each part looks decided here, not in the template. */
final class CaseProgress {

	/** The main stages of a case, in order; INFORMATION_REQUESTED is shown at TRIAGE. */
	static final List<CaseStatus> STAGES = List.of(CaseStatus.TRIAGE, CaseStatus.CONSULTATION, CaseStatus.PLAN_APPROVAL,
			CaseStatus.IN_SUPPORT, CaseStatus.CLOSING, CaseStatus.CLOSED);

	private CaseProgress() {
	}

	static CaseStatus stageOf(CaseStatus status) {
		return status == CaseStatus.INFORMATION_REQUESTED ? CaseStatus.TRIAGE : status;
	}

	/** A question without pathways goes from triage to its answer: its bar has those two stages only. */
	static final List<CaseStatus> QUESTION_STAGES = List.of(CaseStatus.TRIAGE, CaseStatus.CLOSED);

	/** The stage bar of the case. */
	static List<Stage> stages(CaseView supportCase) {
		return isQuestion(supportCase) ? stages(supportCase.status(), QUESTION_STAGES)
				: stages(supportCase.status(), STAGES);
	}

	/** A question not (or not yet) taken into support along pathways. */
	static boolean isQuestion(CaseView supportCase) {
		return supportCase.kind() == CaseKind.QUESTION && supportCase.pathways().isEmpty();
	}

	/** The stage bar: stages before the current one done, those after it ahead. */
	static List<Stage> stages(CaseStatus status) {
		return stages(status, STAGES);
	}

	private static List<Stage> stages(CaseStatus status, List<CaseStatus> shown) {
		int current = shown.indexOf(stageOf(status));
		List<Stage> stages = new ArrayList<>();
		for (int index = 0; index < shown.size(); index++) {
			String css = index == current ? "stage-current" : index < current ? "stage-done" : "stage-ahead";
			stages.add(new Stage(shown.get(index), index == current, css));
		}
		return stages;
	}

	static List<TimelineItem> timeline(List<TimelineRecord> entries) {
		return entries.stream().map(TimelineItem::new).toList();
	}

	/** @param css stage-current, stage-done or stage-ahead */
	record Stage(CaseStatus status, boolean current, String css) {
	}

	/** A timeline entry and which of its details the page shows: a task's values, a status change, or all. */
	record TimelineItem(TimelineRecord entry) {

		/** What a message's entry keeps to itself: the ids of the message and of its attachments. */
		private static final Set<String> MESSAGE_INTERNALS = Set.of("messageId", "documentIds");

		public boolean taskCompleted() {
			return entry.type() == TimelineType.TASK_COMPLETED;
		}

		public boolean statusChanged() {
			return entry.type() == TimelineType.STATUS_CHANGED;
		}

		public boolean plainDetails() {
			return !taskCompleted() && !statusChanged() && entry.type() != TimelineType.CASE_OPENED;
		}

		/**
		 * The details the entry shows: all of them, except that a message shows its text (and, to
		 * the desk, that it is an internal note), never ids or a "not internal" flag.
		 */
		public Map<String, Object> shownDetails() {
			if (entry.type() != TimelineType.MESSAGE_POSTED) {
				return entry.details();
			}
			Map<String, Object> shown = new LinkedHashMap<>(entry.details());
			shown.keySet().removeAll(MESSAGE_INTERNALS);
			if (!Boolean.TRUE.equals(shown.get("internal"))) {
				shown.remove("internal");
			}
			return shown;
		}

	}

}
