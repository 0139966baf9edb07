package jp.procurementdesk.companies;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.cases.ProductCategory;

/**
 * A product as a company-admin adds or changes it ({@code POST} and {@code PUT} of
 * {@code /api/company/products}); the whole product is replaced.
 *
 * @param unspscCode optional, 8 digits
 * @param approvals may be empty
 */
public record ProductDraft(@NotBlank @Size(max = 200) String name, @NotNull ProductCategory category,
		@Pattern(regexp = "[0-9]{8}", message = "product-unspsc-code") String unspscCode,
		Set<@NotNull ProductApproval> approvals, @Size(max = 2000) String notes) {

	public ProductDraft {
		approvals = approvals == null ? Set.of() : approvals;
	}

}
