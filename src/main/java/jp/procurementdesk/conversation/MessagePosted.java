package jp.procurementdesk.conversation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jp.procurementdesk.identity.DeskRole;

/**
 * A message was posted on a case (published synchronously, inside the transaction). An internal
 * note is published too ({@code internal} true) so that listeners may ignore it: it never
 * reaches the company.
 */
public record MessagePosted(UUID messageId, UUID caseId, String companyId, String author, String authorName,
		DeskRole authorRole, boolean internal, String body, OffsetDateTime postedAt) {

}
