package jp.procurementdesk.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.procurementdesk.cases.TimelineRecord;
import jp.procurementdesk.cases.TimelineType;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.process.ProcessModel.Variables;

/**
 * The desk's answer to a question, as the case page shows it: the note of the triage that
 * decided {@code ANSWER}, read from the case's timeline (the completed task's values).
 */
final class QuestionAnswer {

	static final String ANSWER = "ANSWER";

	private QuestionAnswer() {
	}

	static Optional<String> of(List<TimelineRecord> timeline) {
		return timeline.stream()
			.filter(entry -> entry.type() == TimelineType.TASK_COMPLETED
					&& Tasks.TRIAGE.equals(entry.details().get("taskKey")))
			.map(entry -> entry.details().get("values"))
			.filter(Map.class::isInstance)
			.map(Map.class::cast)
			.filter(values -> ANSWER.equals(values.get(Variables.DECISION)))
			.map(values -> values.get(Variables.NOTE))
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.reduce((first, later) -> later);
	}

}
