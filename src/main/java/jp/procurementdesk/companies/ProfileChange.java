package jp.procurementdesk.companies;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;

/**
 * What a company-admin may change in the profile ({@code PUT /api/company}): every field of
 * {@link CompanyProfile} but {@code id}, {@code status} and {@code corporateNumber}. The whole
 * profile is replaced: a field left out is cleared (a set becomes empty). Rules across fields
 * (an ISO country, an {@code https://} website, a corporate number for a company in Japan) are
 * checked by the module.
 */
public record ProfileChange(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameJa,
		@NotBlank String country, @Size(max = 500) String website,
		@NotEmpty @Size(max = 20) Set<@NotNull ProductCategory> productCategories,
		@Size(max = 20) Set<@NotNull TargetAgency> agencies, @Size(max = 40) String ungmVendorId, UngmLevel ungmLevel,
		@Valid Interests interests) {

	/** The most UNSPSC prefixes a company follows. */
	public static final int MAX_PREFIXES = 50;

	public ProfileChange {
		agencies = agencies == null ? Set.of() : agencies;
		interests = interests == null ? new Interests(null, null, null) : interests;
	}

	/**
	 * @param unspscPrefixes 2 to 8 digits each: a UNSPSC segment (42), family (4214), class or
	 * commodity
	 */
	public record Interests(@Size(max = 20) Set<@NotNull ProductCategory> categories,
			@Size(max = 20) Set<@NotNull TargetAgency> agencies,
			@Size(max = MAX_PREFIXES) Set<@NotNull @Pattern(regexp = "[0-9]{2,8}",
					message = "company-unspsc-prefix") String> unspscPrefixes) {

		public Interests {
			categories = categories == null ? Set.of() : categories;
			agencies = agencies == null ? Set.of() : agencies;
			unspscPrefixes = unspscPrefixes == null ? Set.of() : unspscPrefixes;
		}

	}

}
