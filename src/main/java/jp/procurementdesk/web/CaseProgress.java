package jp.procurementdesk.web;

import java.util.ArrayList;
import java.util.List;

import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.TimelineRecord;

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

		public boolean taskCompleted() {
			return is("TASK_COMPLETED");
		}

		public boolean statusChanged() {
			return is("STATUS_CHANGED");
		}

		public boolean plainDetails() {
			return !taskCompleted() && !statusChanged() && !is("CASE_OPENED");
		}

		private boolean is(String type) {
			return type.equals(String.valueOf(entry.type()));
		}

	}

}
