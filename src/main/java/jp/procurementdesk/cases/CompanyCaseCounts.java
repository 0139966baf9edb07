package jp.procurementdesk.cases;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the companies module asks of a company's cases (docs/companies.md): how many there
 * are in each status (the supervisors' company page), and whether a product of the register
 * is named by any case (then it cannot be removed). No visibility check: callers check who
 * may see a company.
 */
public interface CompanyCaseCounts {

	/** The company's cases by {@link CaseStatus} name; every status, zero when none. */
	Map<String, Long> byStatus(String companyId);

	/** The cases that name the product ({@code productId}), open or closed. */
	long naming(UUID productId);

	/**
	 * Where the company's cases stand on each of their pathways, oldest case first: for an
	 * event's product catalogue (WHO PQ and Compendium status of a product).
	 */
	List<PathwayState> pathways(String companyId);

	/**
	 * @param productId the product of the register the case names, or null
	 * @param outcome null while the pathway has none yet
	 * @param open whether the case is still open
	 */
	record PathwayState(UUID caseId, UUID productId, String productName, Pathway pathway, PathwayOutcome outcome,
			boolean open) {
	}

}
