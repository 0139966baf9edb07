package jp.procurementdesk.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.conversation.Conversation;
import jp.procurementdesk.conversation.MessageView;
import jp.procurementdesk.documents.DocumentView;
import jp.procurementdesk.documents.DocumentsOfCase;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The message box of the case page (templates/cases/messages.html): the conversation the viewer
 * may see, oldest first, with links and attachments; showing it marks it read.
 */
@Component
class MessageBox {

	private final Conversation conversation;

	private final DocumentsOfCase documents;

	MessageBox(Conversation conversation, DocumentsOfCase documents) {
		this.conversation = conversation;
		this.documents = documents;
	}

	void fill(CaseView supportCase, CurrentUser user, Model model) {
		List<MessageView> messages = conversation.messages(supportCase.id(), user);
		List<UUID> attached = messages.stream().flatMap(message -> message.documentIds().stream()).distinct().toList();
		Map<UUID, DocumentView> files = documents.among(supportCase.id(), attached)
			.stream()
			.collect(Collectors.toMap(DocumentView::id, Function.identity()));
		model.addAttribute("messages", messages.stream()
			.map(message -> new Item(message, MessageText.pieces(message.body()),
					message.documentIds().stream().map(files::get).filter(java.util.Objects::nonNull).toList()))
			.toList());
		model.addAttribute("canMessage", supportCase.status() != CaseStatus.CLOSED);
		model.addAttribute("deskUser", user.hasRole(DeskRole.ADVISOR) || user.hasRole(DeskRole.SUPERVISOR));
		if (!messages.isEmpty() && supportCase.unreadMessages() > 0) {
			conversation.markRead(supportCase.id(), user);
		}
	}

	record Item(MessageView message, List<MessageText.Piece> pieces, List<DocumentView> attachments) {
	}

}
