package jp.procurementdesk.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.opportunities.CaseFromOpportunity;

import org.springframework.validation.Errors;

/**
 * "Open a case from this notice" as the browser posts it: the product (from the register or
 * named), more target agencies, the summary; the API's rules ({@link CaseFromOpportunity.Request}).
 */
public class OpportunityCaseForm {

	@Size(max = 200)
	private String productName;

	private ProductCategory productCategory;

	private UUID productId;

	private Set<TargetAgency> targetAgencies = EnumSet.noneOf(TargetAgency.class);

	@NotBlank
	@Size(max = 4000)
	private String summary;

	CaseFromOpportunity.Request toRequest() {
		return new CaseFromOpportunity.Request(productName, productCategory, productId, summary, targetAgencies);
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

	public UUID getProductId() {
		return productId;
	}

	public void setProductId(UUID productId) {
		this.productId = productId;
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
