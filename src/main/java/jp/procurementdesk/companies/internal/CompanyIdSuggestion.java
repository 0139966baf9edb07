package jp.procurementdesk.companies.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jp.procurementdesk.companies.RegistrationReview;

/**
 * A company id the review form proposes: the company's name in lower-case ASCII with hyphens
 * ("Hokkaido Diagnostics K.K." -> {@code hokkaido-diagnostics}), legal forms left out; a
 * number appended while the id is taken; {@code company-<8 hex>} when the name has too few
 * ASCII letters (a name in Japanese script). The supervisor may change it.
 */
final class CompanyIdSuggestion {

	static final int MAX = 40;

	private static final Pattern ID = Pattern.compile(RegistrationReview.COMPANY_ID_PATTERN);

	private static final Set<String> LEGAL_FORMS = Set.of("kk", "k-k", "co", "ltd", "inc", "llc", "gmbh", "ag", "sa",
			"plc", "corp", "corporation", "limited", "company");

	private CompanyIdSuggestion() {
	}

	static String of(String companyName, UUID registrationId, Predicate<String> taken) {
		String base = slug(companyName);
		if (base.length() < 3) {
			base = "company-" + registrationId.toString().substring(0, 8);
		}
		String candidate = base;
		for (int n = 2; taken.test(candidate) && n < 100; n++) {
			String suffix = "-" + n;
			candidate = trim(base, MAX - suffix.length()) + suffix;
		}
		return candidate;
	}

	static String slug(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replace(".", "")
			.replaceAll("[^a-z0-9]+", "-");
		StringBuilder slug = new StringBuilder();
		for (String word : ascii.split("-")) {
			if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
				if (slug.length() + word.length() + 1 > MAX) {
					break;
				}
				slug.append(slug.isEmpty() ? "" : "-").append(word);
			}
		}
		String result = slug.toString();
		return ID.matcher(result).matches() ? result : trim(result, MAX);
	}

	private static String trim(String text, int max) {
		String trimmed = text.length() <= max ? text : text.substring(0, max);
		return trimmed.replaceAll("-+$", "");
	}

}
