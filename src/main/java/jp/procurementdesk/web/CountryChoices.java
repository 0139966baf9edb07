package jp.procurementdesk.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jp.procurementdesk.companies.CountryCode;

/**
 * The registration page's countries: every ISO 3166-1 alpha-2 code with its name in the
 * page's language, Japan first (the desk's companies are mostly Japanese), then by name.
 */
final class CountryChoices {

	private CountryChoices() {
	}

	record Country(String code, String name) {
	}

	static List<Country> of(Locale locale) {
		Collator byName = Collator.getInstance(locale);
		Country japan = country(CountryCode.JAPAN.value(), locale);
		Stream<Country> others = Arrays.stream(Locale.getISOCountries())
			.filter(code -> !code.equals(CountryCode.JAPAN.value()))
			.map(code -> country(code, locale))
			.sorted(Comparator.comparing(Country::name, byName));
		return Stream.concat(Stream.of(japan), others).toList();
	}

	private static Country country(String code, Locale locale) {
		String name = new Locale("", code).getDisplayCountry(locale);
		return new Country(code, name.isBlank() ? code : name);
	}

}
