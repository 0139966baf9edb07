package jp.procurementdesk.web;

import java.util.ArrayList;
import java.util.List;

import jp.procurementdesk.cases.CaseStatus;
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

	/** The stage bar: stages before the current one done, those after it ahead. */
	static List<Stage> stages(CaseStatus status) {
		int current = STAGES.indexOf(stageOf(status));
		List<Stage> stages = new ArrayList<>();
		for (int index = 0; index < STAGES.size(); index++) {
			String css = index == current ? "stage-current" : index < current ? "stage-done" : "stage-ahead";
			stages.add(new Stage(STAGES.get(index), index == current, css));
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
