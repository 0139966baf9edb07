package jp.procurementdesk.opportunities;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

/**
 * The opportunities as a viewer may see them: companies see published and closed ones (closed ones
 * in lists only when asked for), never a draft; the desk sees all.
 */
public interface OpportunitySearch {

	/** A page of the opportunities the viewer may see, soonest deadline first (400 for bad paging). */
	Page<OpportunityView> list(OpportunityQuery query, CurrentUser viewer);

	/** A page of the published opportunities, soonest deadline first: what anyone may see, signed in or not. */
	Page<OpportunityView> published(int page, int size);

	/** The opportunity if the viewer may see it (a draft is not there for a company). */
	Optional<OpportunityView> visible(UUID opportunityId, CurrentUser viewer);

	/** The active companies the opportunity matches now (desk only: 403 for a company user). */
	Set<String> matchedCompanies(UUID opportunityId, CurrentUser viewer);

	/** What happened to the opportunity, oldest first (desk only: 403 for a company user). */
	List<OpportunityAuditRecord> history(UUID opportunityId, CurrentUser viewer);

}
