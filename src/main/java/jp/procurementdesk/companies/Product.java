package jp.procurementdesk.companies;

import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.cases.ProductCategory;

/**
 * A product of a company's register (docs/companies.md, Products), as
 * {@code /api/company/products} answers it.
 *
 * @param unspscCode its 8-digit UNSPSC commodity code, or null
 * @param approvals the stringent regulatory approvals it holds
 */
public record Product(UUID id, String name, ProductCategory category, String unspscCode,
		Set<ProductApproval> approvals, String notes) {
}
