package jp.procurementdesk.cases;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;

/**
 * How many messages of each case's conversation the viewer has not read (docs/conversation.md):
 * the {@code unreadMessages} of a case. The conversation module implements it: cases may not
 * depend on conversation, which depends on cases.
 */
public interface UnreadMessages {

	/** Unread counts of these cases for the viewer; a case without unread messages may be absent. */
	Map<UUID, Integer> unread(Collection<UUID> caseIds, CurrentUser viewer);

}
