package jp.procurementdesk.companies.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import jp.procurementdesk.companies.CorporateNumber;
import jp.procurementdesk.companies.CountryCode;
import jp.procurementdesk.companies.RegistrationRequest;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of a {@link RegistrationRequest} across its fields, next to the field annotations:
 * the country is an ISO 3166-1 alpha-2 code; a company in Japan gives its corporate number;
 * a corporate number, when given, has a valid check digit; the website, when given, is an
 * {@code https://} address with a host; a Japanese name, when given, is not blank; the
 * contact's name has none of the characters Keycloak refuses in a person's name. Error codes
 * are the {@code validation.<code>} keys of the message bundles. {@link RegistrationChecks}
 * applies it next to Bean Validation, for the API and the registration page alike.
 */
@Component
class RegistrationRequestValidator implements Validator {

	static final String REQUIRED = "required";

	static final String COUNTRY = "country";

	static final String CORPORATE_NUMBER = "corporate-number";

	static final String HTTPS_URL = "https-url";

	/** A name Keycloak takes for a person (its user profile's person-name rule): the contact becomes a user. */
	static final String PERSON_NAME = "account-name";

	private static final Pattern PROHIBITED_IN_NAMES = Pattern.compile("[<>&\"$%!#?§;*~/\\|^=\\[\\]{}()\\p{Cntrl}]");

	@Override
	public boolean supports(Class<?> type) {
		return RegistrationRequest.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		RegistrationRequest request = (RegistrationRequest) target;
		if (isGiven(request.country()) && !CountryCode.isValid(request.country())) {
			errors.rejectValue("country", COUNTRY);
		}
		boolean japan = CountryCode.JAPAN.value().equals(request.country());
		if (!isGiven(request.corporateNumber())) {
			if (japan) {
				errors.rejectValue("corporateNumber", REQUIRED);
			}
		}
		else if (!CorporateNumber.isValid(request.corporateNumber())) {
			errors.rejectValue("corporateNumber", CORPORATE_NUMBER);
		}
		if (isGiven(request.website()) && !isHttpsUrl(request.website())) {
			errors.rejectValue("website", HTTPS_URL);
		}
		if (isGiven(request.contactName()) && PROHIBITED_IN_NAMES.matcher(request.contactName()).find()) {
			errors.rejectValue("contactName", PERSON_NAME);
		}
		if (request.companyNameJa() != null && !request.companyNameJa().isEmpty() && request.companyNameJa().isBlank()) {
			errors.rejectValue("companyNameJa", REQUIRED);
		}
	}

	private static boolean isGiven(String value) {
		return value != null && !value.isBlank();
	}

	private static boolean isHttpsUrl(String value) {
		try {
			URI uri = new URI(value);
			return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
