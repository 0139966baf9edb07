package jp.procurementdesk.opportunities;

import java.util.Locale;

/**
 * A UNSPSC segment or family the desk offers (docs/opportunities.md, UNSPSC).
 *
 * @param code 8 digits: a segment ends in {@code 000000}, a family in {@code 0000}
 */
public record UnspscCode(String code, String nameEn, String nameJa) {

	public boolean isSegment() {
		return code.endsWith("000000");
	}

	/** The digits that matter: 2 for a segment, 4 for a family; what interests and codes start with. */
	public String prefix() {
		return code.substring(0, isSegment() ? 2 : 4);
	}

	/** The segment's code of this entry ({@code 42000000} for {@code 42140000}). */
	public String segment() {
		return code.substring(0, 2) + "000000";
	}

	/** The name in Japanese for a Japanese locale, else in English. */
	public String name(Locale locale) {
		return locale != null && "ja".equals(locale.getLanguage()) ? nameJa : nameEn;
	}

}
