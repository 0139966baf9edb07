package jp.procurementdesk.opportunities.internal;

import jp.procurementdesk.shared.InvalidInputException;

import org.springframework.http.HttpHeaders;

/** A record's version as an entity tag: {@code "7"}; a bare {@code 7} is taken as well. */
final class ETags {

	private static final int MAX_LENGTH = 21;

	private ETags() {
	}

	static String of(long version) {
		return "\"" + version + "\"";
	}

	/** The version of an If-Match value ({@code "7"}, {@code W/"7"}, {@code 7}); 400 for anything else. */
	static long version(String ifMatch) {
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			tag = tag.substring(1, tag.length() - 1);
		}
		if (!tag.isEmpty() && tag.length() <= MAX_LENGTH && tag.chars().allMatch(Character::isDigit)) {
			try {
				return Long.parseLong(tag);
			}
			catch (NumberFormatException tooLarge) {
				// refused below
			}
		}
		throw InvalidInputException.of(HttpHeaders.IF_MATCH, "opportunity-etag");
	}

}
