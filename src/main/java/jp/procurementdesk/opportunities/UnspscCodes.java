package jp.procurementdesk.opportunities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The UNSPSC segments and families of health products the desk offers in its forms (the
 * opportunity form, a company's interests). Any other code or prefix is still accepted; it just
 * has no name here.
 */
public interface UnspscCodes {

	/** Every segment and family, by code (each segment before its families). */
	List<UnspscCode> all();

	/** The most specific entry a code or prefix (2 to 8 digits) falls under: its family, else its segment. */
	Optional<UnspscCode> entryOf(String codeOrPrefix);

	/** The name of {@link #entryOf the entry} a code or prefix falls under, in the locale. */
	default Optional<String> name(String codeOrPrefix, Locale locale) {
		return entryOf(codeOrPrefix).map(entry -> entry.name(locale));
	}

}
