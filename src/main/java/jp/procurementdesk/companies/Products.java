package jp.procurementdesk.companies;

import java.util.List;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;

/**
 * The product register of the caller's own company (docs/companies.md, Products): any of its
 * users reads it, its company-admin adds, changes and removes products. A product of another
 * company does not exist for the caller (404); one named by a case cannot be removed (409).
 * Each change is audited.
 */
public interface Products {

	/** By name. */
	List<Product> list(CurrentUser user);

	/** @throws jp.procurementdesk.shared.ConflictException (409) when the register has a product of that name */
	Product add(CurrentUser user, ProductDraft draft);

	Product change(CurrentUser user, UUID productId, ProductDraft draft);

	/** @throws jp.procurementdesk.shared.ConflictException (409) when a case names the product */
	void remove(CurrentUser user, UUID productId);

}
