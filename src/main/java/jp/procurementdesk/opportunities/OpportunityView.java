package jp.procurementdesk.opportunities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;

/**
 * An opportunity as the desk wrote it (docs/opportunities.md). What depends on the viewer
 * (matched companies, seats left, the caller's registration) is not part of it.
 *
 * @param version travels as the {@code ETag} of the API's answers
 */
public record OpportunityView(UUID id, OpportunityKind kind, OpportunityStatus status, String title, String summary,
		TargetAgency agency, Set<ProductCategory> productCategories, List<String> unspscCodes, String noticeId,
		String url, OffsetDateTime deadline, OffsetDateTime startsAt, OffsetDateTime endsAt, String venue,
		Integer capacity, String createdBy, OffsetDateTime createdAt, OffsetDateTime publishedAt,
		OffsetDateTime closedAt, @JsonIgnore long version) {

	/** The opportunity's fields as the desk would write them again. */
	public OpportunityDraft draft() {
		return new OpportunityDraft(kind, title, summary, agency, productCategories, unspscCodes, noticeId, url,
				deadline, startsAt, endsAt, venue, capacity);
	}

}
