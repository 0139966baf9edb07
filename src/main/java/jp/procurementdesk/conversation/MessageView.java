package jp.procurementdesk.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jp.procurementdesk.identity.DeskRole;

/**
 * A message as the API shows it (docs/contract.md, Messages). The body is plain text, returned as
 * written: whoever shows it escapes it.
 *
 * @param author the author's username
 * @param authorRole {@code COMPANY}, {@code ADVISOR} or {@code SUPERVISOR}
 * @param internal a desk note, never shown to company users
 * @param documentIds documents of the same case attached to the message
 */
public record MessageView(UUID id, String author, String authorName, DeskRole authorRole, String body,
		boolean internal, List<UUID> documentIds, OffsetDateTime postedAt) {

}
