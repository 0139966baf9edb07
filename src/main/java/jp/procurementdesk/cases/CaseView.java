package jp.procurementdesk.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A case as its viewers and the API see it (docs/contract.md, Case).
 *
 * @param productId the product of the company's register the case is about, or null
 * @param opportunityId the published opportunity the case was opened from (docs/opportunities.md), or null
 * @param kind support along pathways, or a question (whose pathways may be empty)
 * @param unreadMessages messages of the case's conversation the viewer has not read (docs/conversation.md)
 */
public record CaseView(UUID id, String reference, String companyId, String companyName, String productName,
		ProductCategory productCategory, UUID productId, UUID opportunityId, CaseKind kind, Set<Pathway> pathways,
		Set<TargetAgency> targetAgencies, String summary,
		CaseStatus status, CaseOutcome outcome, String advisor, Map<Pathway, PathwayOutcome> pathwayOutcomes,
		List<SlaBreach> slaBreaches, OffsetDateTime openedAt, OffsetDateTime closedAt, int unreadMessages) {

	/** The same case with the viewer's unread count. */
	public CaseView withUnreadMessages(int count) {
		return new CaseView(id, reference, companyId, companyName, productName, productCategory, productId, opportunityId, kind,
				pathways,
				targetAgencies, summary, status, outcome, advisor, pathwayOutcomes, slaBreaches, openedAt, closedAt, count);
	}

	public record SlaBreach(SlaBreachKind kind, OffsetDateTime at, String taskKey) {
	}

}
