package jp.procurementdesk.conversation;

import java.util.List;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;

/**
 * The conversation of a case (docs/conversation.md). A case the user may not see does not exist
 * for them (404); company users never see nor count internal notes.
 */
public interface Conversation {

	/** The messages the viewer may see, oldest first. */
	List<MessageView> messages(UUID caseId, CurrentUser viewer);

	/**
	 * Posts a message: the company's users on their own cases, the case's advisor and the
	 * supervisors. 400 for an internal note of a company user or a document of another case,
	 * 409 on a closed case.
	 */
	MessageView post(UUID caseId, NewMessage message, CurrentUser user);

	/** Marks every message the viewer may see read. */
	void markRead(UUID caseId, CurrentUser viewer);

}
