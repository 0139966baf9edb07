package jp.procurementdesk.companies.internal;

import java.util.Locale;
import java.util.Set;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.companies.RegistrationRequest;

/**
 * A valid registration request, normalised for storing: texts stripped (optional ones null
 * when empty), the address in lower case, its domain, the contact's language.
 *
 * @param contactLocale {@code ja} or {@code en}
 */
record ContactDetails(String companyName, String companyNameJa, String country, String corporateNumber,
		String website, Set<ProductCategory> productCategories, String contactName, String contactEmail,
		String contactLocale, String emailDomain) {

	static final String JAPANESE = "ja";

	static final String ENGLISH = "en";

	static ContactDetails of(RegistrationRequest request, Locale locale) {
		String email = request.contactEmail().strip().toLowerCase(Locale.ROOT);
		return new ContactDetails(request.companyName().strip(), optional(request.companyNameJa()),
				request.country().strip(), optional(request.corporateNumber()), optional(request.website()),
				Set.copyOf(request.productCategories()), request.contactName().strip(), email, languageOf(locale),
				domainOf(email));
	}

	/** Japanese for a Japanese page or {@code Accept-Language}, English for everything else. */
	static String languageOf(Locale locale) {
		return locale != null && JAPANESE.equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
	}

	static String domainOf(String email) {
		return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
	}

	Locale locale() {
		return JAPANESE.equals(contactLocale) ? Locale.JAPANESE : Locale.ENGLISH;
	}

	private static String optional(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
