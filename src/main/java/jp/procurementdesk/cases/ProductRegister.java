package jp.procurementdesk.cases;

import java.util.Optional;
import java.util.UUID;

/**
 * The companies' product registers, as opening a case needs them (docs/companies.md). The
 * companies module implements it: cases may not depend on companies, which depends on cases.
 */
public interface ProductRegister {

	/**
	 * The product of the company's register, held (a shared row lock) until the transaction
	 * ends, so that it cannot be removed while a case that uses it is being opened. Empty for
	 * a product of another company or none at all.
	 */
	Optional<RegisteredProduct> find(String companyId, UUID productId);

	record RegisteredProduct(UUID id, String name, ProductCategory category) {
	}

}
