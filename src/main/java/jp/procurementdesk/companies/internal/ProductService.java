package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jp.procurementdesk.cases.CompanyCaseCounts;
import jp.procurementdesk.companies.CompanyAuditAction;
import jp.procurementdesk.companies.Product;
import jp.procurementdesk.companies.ProductDraft;
import jp.procurementdesk.companies.Products;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product register. Changes and removals hold the product's row; opening a case that
 * names a product holds it too ({@link ProductRegisterLookup}), so a product is never removed
 * while a case that names it is being opened.
 */
@Service
@Transactional
class ProductService implements Products {

	private static final String NAME_TAKEN = "The register has a product of this name already.";

	private final ProductRepository products;

	private final CompanyCaseCounts cases;

	private final CompanyAudit audit;

	private final Inputs inputs;

	private final Clock clock;

	ProductService(ProductRepository products, CompanyCaseCounts cases, CompanyAudit audit, Inputs inputs,
			Clock clock) {
		this.products = products;
		this.cases = cases;
		this.audit = audit;
		this.inputs = inputs;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Product> list(CurrentUser user) {
		return products.ofCompany(Callers.companyOf(user)).stream().map(ProductEntry::view).toList();
	}

	@Override
	public Product add(CurrentUser user, ProductDraft draft) {
		String companyId = Callers.administeredBy(user);
		inputs.check(draft);
		ProductEntry product = new ProductEntry(companyId, draft, OffsetDateTime.now(clock));
		refuseTakenName(companyId, product.name(), product.id());
		save(product);
		audit.record(companyId, user.username(), CompanyAuditAction.PRODUCT_ADDED, details(product.view()));
		return product.view();
	}

	@Override
	public Product change(CurrentUser user, UUID productId, ProductDraft draft) {
		String companyId = Callers.administeredBy(user);
		ProductEntry product = products.findHeld(companyId, productId).orElseThrow(() -> new NotFoundException("Product"));
		inputs.check(draft);
		Product before = product.view();
		Product after = ProductEntry.viewOf(productId, draft);
		Map<String, Object> changes = changes(before, after);
		if (changes.isEmpty()) {
			return before;
		}
		refuseTakenName(companyId, after.name(), productId);
		product.take(draft, OffsetDateTime.now(clock));
		save(product);
		audit.record(companyId, user.username(), CompanyAuditAction.PRODUCT_CHANGED, changes);
		return product.view();
	}

	@Override
	public void remove(CurrentUser user, UUID productId) {
		String companyId = Callers.administeredBy(user);
		ProductEntry product = products.findHeld(companyId, productId).orElseThrow(() -> new NotFoundException("Product"));
		long naming = cases.naming(productId);
		if (naming > 0) {
			throw new ConflictException("A case names this product (" + naming + " in all): it stays in the register.");
		}
		products.delete(product);
		products.flush();
		audit.record(companyId, user.username(), CompanyAuditAction.PRODUCT_REMOVED, details(product.view()));
	}

	/** Before the entity changes: the query would flush a change that the unique index refuses. */
	private void refuseTakenName(String companyId, String name, UUID except) {
		if (products.nameTaken(companyId, name, except)) {
			throw new ConflictException(NAME_TAKEN);
		}
	}

	/** Two admins adding the same name at once: the unique index refuses the second. */
	private void save(ProductEntry product) {
		try {
			products.saveAndFlush(product);
		}
		catch (DataIntegrityViolationException sameName) {
			throw new ConflictException(NAME_TAKEN, sameName);
		}
	}

	private static Map<String, Object> details(Product product) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("id", product.id());
		details.put("name", product.name());
		details.put("category", product.category());
		details.put("unspscCode", product.unspscCode());
		details.put("approvals", product.approvals().stream().sorted().map(Enum::name).toList());
		details.put("notes", product.notes());
		return details;
	}

	/** id and name, then field -> {old, new} of what changed. */
	private static Map<String, Object> changes(Product before, Product after) {
		Map<String, Object> old = details(before);
		Map<String, Object> next = details(after);
		Map<String, Object> changes = new LinkedHashMap<>();
		next.forEach((field, value) -> {
			if (!Objects.equals(old.get(field), value)) {
				Map<String, Object> values = new LinkedHashMap<>();
				values.put("old", old.get(field));
				values.put("new", value);
				changes.put(field, values);
			}
		});
		if (changes.isEmpty()) {
			return changes;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("id", after.id());
		details.put("name", after.name());
		details.putAll(changes);
		return details;
	}

}
