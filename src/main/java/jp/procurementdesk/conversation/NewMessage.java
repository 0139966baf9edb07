package jp.procurementdesk.conversation;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A message to post (docs/contract.md, Messages).
 *
 * @param body plain text, 1..10000 characters, not blank
 * @param internal a desk note (advisors and supervisors only; a company user sending true gets 400)
 * @param documentIds documents of the same case to attach, or none
 */
public record NewMessage(@NotNull @Size(min = 1, max = MAX_BODY) String body, Boolean internal,
		@Size(max = MAX_DOCUMENTS) List<@NotNull UUID> documentIds) {

	public static final int MAX_BODY = 10_000;

	public static final int MAX_DOCUMENTS = 20;

	public boolean isInternal() {
		return Boolean.TRUE.equals(internal);
	}

	public List<UUID> attachments() {
		return documentIds == null ? List.of() : documentIds.stream().distinct().toList();
	}

}
