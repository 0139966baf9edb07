package jp.procurementdesk.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.cases.OpenCase;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;

/** The open-a-case form as the browser posts it; the same rules as the API's {@link OpenCase}. */
public class InquiryForm {

	@NotBlank
	@Size(max = 200)
	private String productName;

	@NotNull
	private ProductCategory productCategory;

	@NotEmpty
	private Set<Pathway> pathways = EnumSet.noneOf(Pathway.class);

	private Set<TargetAgency> targetAgencies = EnumSet.noneOf(TargetAgency.class);

	@NotBlank
	@Size(max = 4000)
	private String summary;

	OpenCase toInquiry() {
		return new OpenCase(productName, productCategory, pathways, targetAgencies, summary);
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
