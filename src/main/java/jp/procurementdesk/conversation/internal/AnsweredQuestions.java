package jp.procurementdesk.conversation.internal;

import java.util.List;

import jp.procurementdesk.cases.CaseEvents.QuestionAnswered;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.identity.UserDirectory.DirectoryUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The answer of a question answered at triage becomes a desk message (not internal) by the
 * supervisor who answered, in the transaction that closes the case: the company reads it in
 * the case's conversation.
 */
@Component
class AnsweredQuestions {

	private static final Logger log = LoggerFactory.getLogger(AnsweredQuestions.class);

	private final MessageService messages;

	private final Cases cases;

	private final UserDirectory directory;

	AnsweredQuestions(MessageService messages, Cases cases, UserDirectory directory) {
		this.messages = messages;
		this.cases = cases;
		this.directory = directory;
	}

	@EventListener
	void on(QuestionAnswered answered) {
		if (answered.answer() == null || answered.answer().isBlank()) {
			return;
		}
		CurrentUser system = new CurrentUser(answered.answeredBy(), answered.answeredBy(), null,
				java.util.Set.of(DeskRole.SUPERVISOR), null);
		CaseView supportCase = cases.find(answered.caseId(), system).orElse(null);
		if (supportCase == null) {
			log.warn("Answer of question {} not stored: no such case", answered.caseId());
			return;
		}
		String body = answered.answer().length() > 10_000 ? answered.answer().substring(0, 10_000) : answered.answer();
		messages.store(supportCase, answered.answeredBy(), nameOf(answered.answeredBy()), DeskRole.SUPERVISOR, body,
				false, List.of());
	}

	/** The supervisor's name; the username while Keycloak cannot say. */
	private String nameOf(String username) {
		try {
			return directory.user(username).map(DirectoryUser::displayName).orElse(username);
		}
		catch (RuntimeException ex) {
			log.warn("Name of {} unknown ({}), the answer shows the username", username, ex.toString());
			return username;
		}
	}

}
