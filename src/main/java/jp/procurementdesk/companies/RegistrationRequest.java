package jp.procurementdesk.companies;

import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.identity.CompanyAccounts;

/**
 * A company's request to join the desk, as the registration page sends it
 * (docs/processes.md, company-registration). The annotations hold the rules of each field
 * alone; the rules across fields (a corporate number for Japan, an {@code https://} website,
 * an ISO country) are checked by the module's validator.
 *
 * @param companyName legal name as incorporated
 * @param companyNameJa the Japanese name, optional
 * @param country ISO 3166-1 alpha-2 ({@link CountryCode})
 * @param corporateNumber Japan's corporate number ({@link CorporateNumber}); required when
 * {@code country} is {@code JP}
 * @param website optional, an {@code https://} address
 * @param productCategories what the company makes, at least one
 * @param contactName who asks
 * @param contactEmail becomes the first user's username and email
 * @param acceptTerms the terms of use, which must be accepted
 */
public record RegistrationRequest(@NotBlank @Size(max = 200) String companyName,
		@Size(min = 1, max = 200) String companyNameJa, @NotBlank String country, String corporateNumber,
		@Size(max = 500) String website, @NotEmpty Set<@NotNull ProductCategory> productCategories,
		@NotBlank @Size(max = 100) String contactName, @NotBlank @Email @Size(max = CompanyAccounts.USERNAME_MAX) String contactEmail,
		@AssertTrue boolean acceptTerms) {
}
