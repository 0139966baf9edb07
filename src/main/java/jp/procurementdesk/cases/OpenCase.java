package jp.procurementdesk.cases;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a company tells the desk when it opens a case (the inquiry form). */
public record OpenCase(@NotBlank @Size(max = 200) String productName, @NotNull ProductCategory productCategory,
		@NotEmpty Set<@NotNull Pathway> pathways, Set<@NotNull TargetAgency> targetAgencies,
		@NotBlank @Size(max = 4000) String summary) {

	public OpenCase {
		targetAgencies = targetAgencies == null ? Set.of() : targetAgencies;
	}

}
