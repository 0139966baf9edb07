package jp.procurementdesk.companies.internal;

import java.util.Optional;
import java.util.UUID;

import jp.procurementdesk.cases.ProductRegister;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as opening a case reads it: the company's product under a shared row lock,
 * which a concurrent removal (holding the row for update) waits for, and after which it finds
 * the case that names the product.
 */
@Component
@Transactional
class ProductRegisterLookup implements ProductRegister {

	private final ProductRepository products;

	ProductRegisterLookup(ProductRepository products) {
		this.products = products;
	}

	@Override
	public Optional<RegisteredProduct> find(String companyId, UUID productId) {
		return products.findShared(companyId, productId)
			.map(product -> new RegisteredProduct(product.id(), product.name(), product.category()));
	}

}
