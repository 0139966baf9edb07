package jp.procurementdesk.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jp.procurementdesk.opportunities.UnspscCode;
import jp.procurementdesk.opportunities.UnspscCodes;

import org.springframework.stereotype.Component;

/**
 * The UNSPSC segments and families the forms offer (the opportunity form, a company's interests),
 * grouped by segment, named in the user's language; templates call {@code @unspscChoices}.
 */
@Component("unspscChoices")
class UnspscChoices {

	private final UnspscCodes codes;

	UnspscChoices(UnspscCodes codes) {
		this.codes = codes;
	}

	/** A segment and its families, each named in the locale. */
	record Segment(Choice segment, List<Choice> families) {
	}

	/**
	 * @param code 8 digits
	 * @param prefix the digits interests use ({@code 42} for a segment, {@code 4214} for a family)
	 */
	record Choice(String code, String prefix, String name) {
	}

	List<Segment> segments(Locale locale) {
		List<UnspscCode> all = codes.all();
		return all.stream()
			.filter(UnspscCode::isSegment)
			.map(segment -> new Segment(choice(segment, locale), all.stream()
				.filter(family -> !family.isSegment() && family.segment().equals(segment.code()))
				.map(family -> choice(family, locale))
				.toList()))
			.toList();
	}

	Set<String> familyCodes() {
		return codes.all().stream().filter(code -> !code.isSegment()).map(UnspscCode::code).collect(Collectors.toSet());
	}

	/** The 4-digit prefixes of the families offered: what a company's interests tick. */
	Set<String> familyPrefixes() {
		return codes.all().stream().filter(code -> !code.isSegment()).map(UnspscCode::prefix).collect(Collectors.toSet());
	}

	/** Whether a chosen code or prefix falls under the segment or family prefix (its list starts open). */
	public boolean anyUnder(Collection<String> chosen, String prefix) {
		return chosen != null && chosen.stream().anyMatch(code -> code != null && code.startsWith(prefix));
	}

	/** "4214 0000 Patient care …" style label of a code or prefix for lists; the code alone when unknown. */
	public String label(String codeOrPrefix, Locale locale) {
		return codes.name(codeOrPrefix, locale).map(name -> codeOrPrefix + " " + name).orElse(codeOrPrefix);
	}

	private static Choice choice(UnspscCode code, Locale locale) {
		return new Choice(code.code(), code.prefix(), code.name(locale));
	}

}
