package jp.procurementdesk.opportunities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;

/**
 * What the desk writes of an opportunity (create and correct). Rules across fields (the
 * deadline a kind requires, the event-only fields, an event ending after it starts) are checked
 * by the service, not here.
 *
 * @param productCategories empty: every category
 * @param unspscCodes 8-digit UNSPSC codes; empty: no code
 * @param deadline for an {@link OpportunityKind#EVENT}, the registration deadline
 */
public record OpportunityDraft(@NotNull OpportunityKind kind, @NotBlank @Size(max = 300) String title,
		@NotBlank @Size(max = 8000) String summary, TargetAgency agency, Set<@NotNull ProductCategory> productCategories,
		@Size(max = 50) List<@NotNull @Pattern(regexp = "\\d{8}") String> unspscCodes, @Size(max = 100) String noticeId,
		@Size(max = 2000) @Pattern(regexp = "https://\\S+") String url, OffsetDateTime deadline,
		OffsetDateTime startsAt, OffsetDateTime endsAt, @Size(max = 300) String venue, @Min(1) Integer capacity) {

	public OpportunityDraft {
		productCategories = productCategories == null ? Set.of() : productCategories;
		unspscCodes = unspscCodes == null ? List.of() : unspscCodes;
	}

}
