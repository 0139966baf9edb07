package jp.procurementdesk.companies;

import java.util.List;
import java.util.Optional;

/**
 * A company and its product register as an event's catalogue shows it (docs/opportunities.md,
 * Events). No visibility check: callers check who may read the catalogue (the desk).
 */
public interface Exhibitors {

	/** Empty for an unknown company. */
	Optional<Exhibitor> exhibitor(String companyId);

	/**
	 * @param nameJa the Japanese name, or null
	 * @param products the whole register, by name
	 */
	record Exhibitor(String companyId, String name, String nameJa, List<Product> products) {

		public Exhibitor {
			products = List.copyOf(products);
		}

	}

}
