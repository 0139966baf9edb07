package jp.procurementdesk.cases;

import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a company tells the desk when it opens a case (the inquiry form). The product is
 * either named ({@code productName} and {@code productCategory}) or picked from the company's
 * product register ({@code productId}), whose name and category then fill in whatever is not
 * given ({@link ProductNamed}).
 *
 * @param productId a product of the company's register (docs/companies.md), or null
 * @param kind {@link CaseKind#SUPPORT} when absent; a {@link CaseKind#QUESTION} may name no
 * pathway ({@link PathwaysForKind})
 * @param opportunityId the published opportunity the case is opened from (docs/opportunities.md):
 * set by the opportunities module only, never taken from a company's input
 * @param opportunityTitle that opportunity's title, for the timeline's "opened" record; set with it
 */
@ProductNamed
@PathwaysForKind
public record OpenCase(@Size(max = 200) String productName, ProductCategory productCategory,
		Set<@NotNull Pathway> pathways, Set<@NotNull TargetAgency> targetAgencies,
		@NotBlank @Size(max = 4000) String summary, UUID productId, CaseKind kind, @JsonIgnore UUID opportunityId,
		@JsonIgnore String opportunityTitle) {

	public OpenCase {
		targetAgencies = targetAgencies == null ? Set.of() : targetAgencies;
		pathways = pathways == null ? Set.of() : pathways;
		kind = kind == null ? CaseKind.SUPPORT : kind;
	}

	/** An inquiry that no opportunity led to. */
	public OpenCase(String productName, ProductCategory productCategory, Set<Pathway> pathways,
			Set<TargetAgency> targetAgencies, String summary, UUID productId, CaseKind kind) {
		this(productName, productCategory, pathways, targetAgencies, summary, productId, kind, null, null);
	}

	/** A support inquiry, possibly about a product of the register. */
	public OpenCase(String productName, ProductCategory productCategory, Set<Pathway> pathways,
			Set<TargetAgency> targetAgencies, String summary, UUID productId) {
		this(productName, productCategory, pathways, targetAgencies, summary, productId, CaseKind.SUPPORT);
	}

	/** An inquiry naming its product, not from the register. */
	public OpenCase(String productName, ProductCategory productCategory, Set<Pathway> pathways,
			Set<TargetAgency> targetAgencies, String summary) {
		this(productName, productCategory, pathways, targetAgencies, summary, null, CaseKind.SUPPORT);
	}

	/** The same inquiry, opened from that opportunity. */
	public OpenCase fromOpportunity(UUID opportunity) {
		return fromOpportunity(opportunity, null);
	}

	/** The same inquiry, opened from that opportunity, whose title the timeline names. */
	public OpenCase fromOpportunity(UUID opportunity, String title) {
		return new OpenCase(productName, productCategory, pathways, targetAgencies, summary, productId, kind, opportunity,
				title);
	}

	/** The same inquiry with the product's name and category filled in from the register where not given. */
	public OpenCase withProduct(ProductRegister.RegisteredProduct product) {
		return new OpenCase(productName == null || productName.isBlank() ? product.name() : productName,
				productCategory == null ? product.category() : productCategory, pathways, targetAgencies, summary,
				product.id(), kind, opportunityId, opportunityTitle);
	}

}
