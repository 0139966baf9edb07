package jp.procurementdesk.conversation;

import java.util.List;
import java.util.UUID;

/**
 * A user has read the conversation of a case: every message in {@code messageIds} (all they
 * may see, up to now) counts as read for them (published synchronously, inside the
 * transaction). A mail still waiting to tell them of those messages is no longer needed.
 */
public record MessagesRead(UUID caseId, String username, List<UUID> messageIds) {

}
