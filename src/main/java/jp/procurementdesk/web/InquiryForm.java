package jp.procurementdesk.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.OpenCase;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.PathwaysForKind;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;

import org.springframework.validation.Errors;

/**
 * The open-a-case form as the browser posts it; the same rules as the API's {@link OpenCase}.
 * A product picked from the company's register ({@code productId}) lends its name and
 * category where the form leaves them empty ({@link #rejectUnnamedProduct}).
 */
public class InquiryForm {

	@Size(max = 200)
	private String productName;

	private ProductCategory productCategory;

	private UUID productId;

	private CaseKind kind = CaseKind.SUPPORT;

	private Set<Pathway> pathways = EnumSet.noneOf(Pathway.class);

	private Set<TargetAgency> targetAgencies = EnumSet.noneOf(TargetAgency.class);

	@NotBlank
	@Size(max = 4000)
	private String summary;

	OpenCase toInquiry() {
		return new OpenCase(productName, productCategory, pathways, targetAgencies, summary, productId, kind);
	}

	/** Support names at least one pathway; a question may name none ({@link PathwaysForKind}). */
	void rejectMissingPathway(Errors errors) {
		if (PathwaysForKind.Check.needsPathway(kind, pathways.size()) && !errors.hasFieldErrors("pathways")) {
			errors.rejectValue("pathways", "NotEmpty");
		}
	}

	/** Without a product of the register, the product is named and its category chosen. */
	void rejectUnnamedProduct(Errors errors) {
		if (productId != null) {
			return;
		}
		if ((productName == null || productName.isBlank()) && !errors.hasFieldErrors("productName")) {
			errors.rejectValue("productName", "NotBlank");
		}
		if (productCategory == null && !errors.hasFieldErrors("productCategory")) {
			errors.rejectValue("productCategory", "NotNull");
		}
	}

	public CaseKind getKind() {
		return kind;
	}

	public void setKind(CaseKind kind) {
		this.kind = kind == null ? CaseKind.SUPPORT : kind;
	}

	public UUID getProductId() {
		return productId;
	}

	public void setProductId(UUID productId) {
		this.productId = productId;
	}

	public String getProductName() {
		return productName;
	}

	public void setProductName(String productName) {
		this.productName = productName;
	}

	public ProductCategory getProductCategory() {
		return productCategory;
	}

	public void setProductCategory(ProductCategory productCategory) {
		this.productCategory = productCategory;
	}

	public Set<Pathway> getPathways() {
		return pathways;
	}

	public void setPathways(Set<Pathway> pathways) {
		this.pathways = pathways == null ? EnumSet.noneOf(Pathway.class) : pathways;
	}

	public Set<TargetAgency> getTargetAgencies() {
		return targetAgencies;
	}

	public void setTargetAgencies(Set<TargetAgency> targetAgencies) {
		this.targetAgencies = targetAgencies == null ? EnumSet.noneOf(TargetAgency.class) : targetAgencies;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
