package jp.procurementdesk.support;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.procurementdesk.cases.CaseEvents.QuestionAnswered;
import jp.procurementdesk.opportunities.AttendanceRecorded;
import jp.procurementdesk.process.SupportRated;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * The events of the application that other modules (or later reports) listen to, as a
 * listener of the integration tests hears them: whatever thread published them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PublishedEvents {

	private final List<Object> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(QuestionAnswered answered) {
		heard.add(answered);
	}

	@EventListener
	void on(SupportRated rated) {
		heard.add(rated);
	}

	@EventListener
	void on(AttendanceRecorded recorded) {
		heard.add(recorded);
	}

	public List<AttendanceRecorded> attendanceRecorded(UUID opportunityId) {
		return heard.stream().filter(AttendanceRecorded.class::isInstance).map(AttendanceRecorded.class::cast)
			.filter(event -> event.opportunityId().equals(opportunityId)).toList();
	}

	public List<QuestionAnswered> questionsAnswered(UUID caseId) {
		return heard.stream().filter(QuestionAnswered.class::isInstance).map(QuestionAnswered.class::cast)
			.filter(event -> event.caseId().equals(caseId)).toList();
	}

	public List<SupportRated> supportRated(UUID caseId) {
		return heard.stream().filter(SupportRated.class::isInstance).map(SupportRated.class::cast)
			.filter(event -> event.caseId().equals(caseId)).toList();
	}

}
