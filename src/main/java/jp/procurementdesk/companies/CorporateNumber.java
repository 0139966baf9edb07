package jp.procurementdesk.companies;

/**
 * Japan's corporate number (法人番号): 13 digits, the first a check digit over the other
 * twelve (the base number, for a registered company its 会社法人等番号). The check digit is
 * {@code 9 - (sum of P(n) * Q(n) for n = 1..12, mod 9)}, where P(n) is the n-th digit of the
 * base number counted from its right end and Q(n) is 1 for odd n, 2 for even n; so it is
 * never 0.
 *
 * <p>The check is modulo 9: it catches every single wrong digit except a 0 written for a 9
 * (or a 9 for a 0) in the base number, which changes the sum by 9 or 18.
 *
 * @param value the 13 digits
 */
public record CorporateNumber(String value) {

	public static final int LENGTH = 13;

	public static final int BASE_LENGTH = 12;

	public CorporateNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a corporate number with a valid check digit: " + value);
		}
	}

	/** Thirteen ASCII digits whose first is the check digit of the other twelve. */
	public static boolean isValid(String value) {
		return value != null && value.length() == LENGTH && digitsOnly(value)
				&& value.charAt(0) - '0' == checkDigit(value.substring(1));
	}

	/** The check digit (1..9) of a twelve-digit base number. */
	public static int checkDigit(String base) {
		if (base == null || base.length() != BASE_LENGTH || !digitsOnly(base)) {
			throw new IllegalArgumentException("A base number has 12 digits: " + base);
		}
		int sum = 0;
		for (int n = 1; n <= BASE_LENGTH; n++) {
			int digit = base.charAt(BASE_LENGTH - n) - '0';
			sum += digit * (n % 2 == 1 ? 1 : 2);
		}
		return 9 - sum % 9;
	}

	/** The corporate number of a base number: its check digit, then the base. */
	public static CorporateNumber ofBase(String base) {
		return new CorporateNumber(checkDigit(base) + base);
	}

	@Override
	public String toString() {
		return value;
	}

	private static boolean digitsOnly(String text) {
		return text.chars().allMatch(c -> c >= '0' && c <= '9');
	}

}
