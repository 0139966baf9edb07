package jp.procurementdesk.companies;

import java.util.Locale;
import java.util.Set;

/**
 * A country as ISO 3166-1 alpha-2 names it ({@code JP}, {@code DE}), upper case: one of
 * {@link Locale#getISOCountries()}.
 *
 * @param value the two letters
 */
public record CountryCode(String value) {

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	/** Japan, where a company also has a {@link CorporateNumber}. */
	public static final CountryCode JAPAN = new CountryCode("JP");

	public CountryCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && ISO_COUNTRIES.contains(value);
	}

	public boolean isJapan() {
		return equals(JAPAN);
	}

	@Override
	public String toString() {
		return value;
	}

}
