package jp.procurementdesk.shared;

import org.springframework.http.HttpHeaders;

/**
 * A record's version as an entity tag: {@code "7"}; a bare {@code 7} is taken as well. The
 * optimistic locking of the records the API corrects with {@code If-Match} (consultations,
 * opportunities).
 */
public final class ETags {

	private static final int MAX_LENGTH = 21;

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version of an If-Match value ({@code "7"}, {@code W/"7"}, {@code 7}); 400 for anything else.
	 *
	 * @param problem the message code of the refusal, such as {@code consultation-etag}
	 */
	public static long version(String ifMatch, String problem) {
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
		throw InvalidInputException.of(HttpHeaders.IF_MATCH, problem);
	}

}
