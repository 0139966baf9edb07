package jp.procurementdesk.conversation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseUpdates;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.TimelineType;
import jp.procurementdesk.conversation.Conversation;
import jp.procurementdesk.conversation.MessagePosted;
import jp.procurementdesk.conversation.MessagesRead;
import jp.procurementdesk.conversation.MessageView;
import jp.procurementdesk.conversation.NewMessage;
import jp.procurementdesk.documents.DocumentView;
import jp.procurementdesk.documents.DocumentsOfCase;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading, posting and marking read the messages of a case. Who sees the case may read and
 * write its conversation (its company, its advisor, the supervisors); a case they may not see
 * is 404 for them.
 */
@Service
@Transactional
class MessageService implements Conversation {

	private final Cases cases;

	private final CaseUpdates caseUpdates;

	private final DocumentsOfCase documents;

	private final MessageRows rows;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MessageService(Cases cases, CaseUpdates caseUpdates, DocumentsOfCase documents, MessageRows rows,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.caseUpdates = caseUpdates;
		this.documents = documents;
		this.rows = rows;
		this.events = events;
		this.clock = clock;
	}

	/** Advisors and supervisors see internal notes; company users never. */
	static boolean seesInternal(CurrentUser user) {
		return user.hasRole(DeskRole.ADVISOR) || user.hasRole(DeskRole.SUPERVISOR);
	}

	@Override
	@Transactional(readOnly = true)
	public List<MessageView> messages(UUID caseId, CurrentUser viewer) {
		visible(caseId, viewer);
		return rows.list(caseId, seesInternal(viewer));
	}

	@Override
	public MessageView post(UUID caseId, NewMessage message, CurrentUser user) {
		visible(caseId, user);
		// One change of the case at a time, and the status this one sees is the committed one.
		cases.holdForChange(caseId);
		CaseView supportCase = visible(caseId, user);
		if (supportCase.status() == CaseStatus.CLOSED) {
			throw new ConflictException("The case is closed; it takes no new message.");
		}
		if (message.isInternal() && !seesInternal(user)) {
			throw InvalidInputException.of("internal", "message-desk-only");
		}
		if (message.body() == null || message.body().isBlank()) {
			throw InvalidInputException.of("body", "required");
		}
		List<UUID> attachments = message.attachments();
		Set<UUID> ofCase = documents.among(caseId, attachments).stream().map(DocumentView::id).collect(Collectors.toSet());
		if (!ofCase.containsAll(attachments)) {
			throw InvalidInputException.of("documentIds", "message-document-unknown");
		}
		return store(supportCase, user.username(), user.displayName(), user.primaryRole(), message.body(),
				message.isInternal(), attachments);
	}

	/** Stores a message, writes it to the timeline (without the body of an internal note) and publishes it. */
	MessageView store(CaseView supportCase, String author, String authorName, DeskRole role, String body,
			boolean internal, List<UUID> attachments) {
		String name = authorName == null || authorName.isBlank() ? author : authorName;
		MessageView stored = new MessageView(UUID.randomUUID(), author, name.length() > 200 ? name.substring(0, 200) : name,
				role, body, internal, List.copyOf(attachments), OffsetDateTime.now(clock));
		rows.insert(supportCase.id(), stored);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("messageId", stored.id());
		details.put("internal", internal);
		if (!internal) {
			details.put("body", body);
			if (!attachments.isEmpty()) {
				details.put("documentIds", attachments);
			}
		}
		caseUpdates.record(supportCase.id(), author, TimelineType.MESSAGE_POSTED, details);
		events.publishEvent(new MessagePosted(stored.id(), supportCase.id(), supportCase.companyId(), author, stored.authorName(),
				role, internal, body, stored.postedAt()));
		return stored;
	}

	@Override
	public void markRead(UUID caseId, CurrentUser viewer) {
		visible(caseId, viewer);
		rows.markRead(caseId, viewer.username(), seesInternal(viewer), OffsetDateTime.now(clock));
		events.publishEvent(new MessagesRead(caseId, viewer.username(), rows.readBy(caseId, viewer.username())));
	}

	private CaseView visible(UUID caseId, CurrentUser viewer) {
		return cases.find(caseId, viewer).orElseThrow(() -> new NotFoundException("Case"));
	}

}
