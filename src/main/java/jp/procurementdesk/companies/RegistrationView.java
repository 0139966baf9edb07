package jp.procurementdesk.companies;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.cases.ProductCategory;

/**
 * A company's registration as the supervisors review it.
 *
 * @param contactLocale {@code ja} or {@code en}: the language of the contact's mails
 * @param reviewTaskId the open task {@code review-registration}, or null (not verified, or
 * decided)
 * @param suggestedCompanyId a free company id made of the company's name, for the review form
 * @param companyId the company an approval created, or null
 * @param note what a rejection told the contact, or null
 */
public record RegistrationView(UUID id, RegistrationStatus status, String companyName, String companyNameJa,
		String country, String corporateNumber, String website, Set<ProductCategory> productCategories,
		String contactName, String contactEmail, String contactLocale, OffsetDateTime createdAt,
		OffsetDateTime verifiedAt, OffsetDateTime decidedAt, String decidedBy, String companyId, String note,
		Duplicates duplicates, String reviewTaskId, String suggestedCompanyId) {

	/**
	 * Possible duplicates (docs/companies.md, Registration).
	 *
	 * @param companiesWithCorporateNumber ids of existing companies with the same corporate number
	 * @param usersAtEmailDomain usernames of users whose email is at the contact's domain; always
	 * empty for public mail domains (a gmail.com address says nothing about the company)
	 * @param publicMailDomain whether the contact's domain is a public mail service
	 * @param usersUnknown whether Keycloak could not be asked (the users are then not known)
	 */
	public record Duplicates(List<String> companiesWithCorporateNumber, List<String> usersAtEmailDomain,
			boolean publicMailDomain, boolean usersUnknown) {

		public Duplicates {
			companiesWithCorporateNumber = List.copyOf(companiesWithCorporateNumber);
			usersAtEmailDomain = List.copyOf(usersAtEmailDomain);
		}

		public boolean any() {
			return !companiesWithCorporateNumber.isEmpty() || !usersAtEmailDomain.isEmpty();
		}

	}

}
