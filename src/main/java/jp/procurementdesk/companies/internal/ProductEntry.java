package jp.procurementdesk.companies.internal;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.companies.Product;
import jp.procurementdesk.companies.ProductApproval;
import jp.procurementdesk.companies.ProductDraft;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A product of a company's register (table {@code product}, V13). */
@Entity
@Table(name = "product")
class ProductEntry {

	@Id
	private UUID id;

	@Column(name = "company_id", nullable = false, updatable = false)
	private String companyId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProductCategory category;

	@Column(name = "unspsc_code")
	private String unspscCode;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private Set<ProductApproval> approvals = new LinkedHashSet<>();

	private String notes;

	@Column(name = "created_at", nullable = false, updatable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private long version;

	protected ProductEntry() {
	}

	ProductEntry(String companyId, ProductDraft draft, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.companyId = companyId;
		this.createdAt = now;
		take(draft, now);
	}

	/** Replaces every field with the draft's, as {@link #viewOf} shows them. */
	void take(ProductDraft draft, OffsetDateTime now) {
		Product taken = viewOf(id, draft);
		this.name = taken.name();
		this.category = taken.category();
		this.unspscCode = taken.unspscCode();
		this.approvals = new LinkedHashSet<>(taken.approvals());
		this.notes = taken.notes();
		this.updatedAt = now;
	}

	/** The product a draft makes: texts stripped, blank optional ones null, approvals in their order. */
	static Product viewOf(UUID id, ProductDraft draft) {
		Set<ProductApproval> approvals = EnumSet.noneOf(ProductApproval.class);
		approvals.addAll(draft.approvals());
		return new Product(id, draft.name().strip(), draft.category(),
				ProfileRules.given(draft.unspscCode()) ? draft.unspscCode().strip() : null,
				CompanyViews.ordered(approvals),
				ProfileRules.given(draft.notes()) ? draft.notes().strip() : null);
	}

	UUID id() {
		return id;
	}

	String companyId() {
		return companyId;
	}

	String name() {
		return name;
	}

	ProductCategory category() {
		return category;
	}

	Product view() {
		return new Product(id, name, category, unspscCode, CompanyViews.ordered(approvals), notes);
	}

}
