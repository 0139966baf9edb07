package jp.procurementdesk.companies.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.procurementdesk.companies.CountryCode;
import jp.procurementdesk.companies.ProfileChange;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;

/**
 * The rules of a {@link ProfileChange} beyond its fields' annotations: the country is an ISO
 * 3166-1 alpha-2 code, and a company in Japan has its corporate number (which the
 * company-admin cannot give: it is checked at registration); the website, when given, is an
 * {@code https://} address with a host.
 */
final class ProfileRules {

	private ProfileRules() {
	}

	static void check(ProfileChange change, Company company) {
		Map<String, Problem> problems = problems(change, company);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** Field -> problem; empty when the change keeps the rules. */
	static Map<String, Problem> problems(ProfileChange change, Company company) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (!given(change.country())) {
			problems.put("country", new Problem("required"));
		}
		else if (!CountryCode.isValid(change.country())) {
			problems.put("country", new Problem("country"));
		}
		else if (CountryCode.JAPAN.value().equals(change.country()) && company.getCorporateNumber() == null) {
			problems.put("country", new Problem("company-corporate-number-needed"));
		}
		if (given(change.website()) && !isHttps(change.website().strip())) {
			problems.put("website", new Problem("https-url"));
		}
		return problems;
	}

	static boolean given(String text) {
		return text != null && !text.isBlank();
	}

	static boolean isHttps(String value) {
		try {
			URI uri = new URI(value);
			return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
