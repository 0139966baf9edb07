package jp.procurementdesk.conversation.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.UnreadMessages;
import jp.procurementdesk.identity.CurrentUser;

import org.springframework.stereotype.Component;

/** The {@code unreadMessages} of cases: messages of others the viewer has not read; a company never counts internal notes. */
@Component
class UnreadCounts implements UnreadMessages {

	private final MessageRows rows;

	UnreadCounts(MessageRows rows) {
		this.rows = rows;
	}

	@Override
	public Map<UUID, Integer> unread(Collection<UUID> caseIds, CurrentUser viewer) {
		return rows.unread(caseIds, viewer.username(), MessageService.seesInternal(viewer));
	}

}
