package jp.procurementdesk.opportunities;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** What happened to opportunities, for the modules that tell users and count. */
public final class OpportunityEvents {

	private OpportunityEvents() {
	}

	/**
	 * The desk published an opportunity (published in the transaction that did it).
	 *
	 * @param companyIds the active companies whose interests it matched at that moment
	 */
	public record OpportunityPublished(UUID opportunityId, OpportunityKind kind, String title,
			OffsetDateTime deadline, Set<String> companyIds, String publishedBy) {
	}

	/** A published opportunity closed: its deadline passed. */
	public record OpportunityClosed(UUID opportunityId, OpportunityKind kind) {
	}

}
