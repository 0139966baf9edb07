package jp.procurementdesk.opportunities;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.PathwayOutcome;
import jp.procurementdesk.companies.Product;
import jp.procurementdesk.identity.CurrentUser;

/**
 * The printable product catalogue of an event (docs/opportunities.md, Events): one page per
 * registered company, the products it chose to show with their category, approvals and where
 * the company's cases stand on WHO prequalification and the Compendium for each.
 */
public interface EventCatalogue {

	/** The pathways a catalogue reports on. */
	List<Pathway> PATHWAYS = List.of(Pathway.WHO_PQ, Pathway.COMPENDIUM);

	/**
	 * @throws jp.procurementdesk.shared.ForbiddenException (403) for a company user
	 * @throws jp.procurementdesk.shared.NotFoundException (404) when there is no such event
	 */
	Catalogue catalogue(UUID opportunityId, CurrentUser user);

	/** @param exhibitors the registered companies, in the order they first registered */
	record Catalogue(OpportunityView event, List<ExhibitorPage> exhibitors) {
	}

	/** @param nameJa the company's Japanese name, or null */
	record ExhibitorPage(String companyId, String name, String nameJa, List<ShownProduct> products) {
	}

	/** @param standings per pathway of {@link #PATHWAYS} that a case of the product took: the latest case's */
	record ShownProduct(Product product, Map<Pathway, Standing> standings) {
	}

	/** @param outcome null while the pathway has none; then {@code open} says whether it is under way */
	record Standing(PathwayOutcome outcome, boolean open) {
	}

}
