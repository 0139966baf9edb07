package jp.procurementdesk.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** The paging parameters every list endpoint accepts. */
public final class Paging {

	private Paging() {
	}

	public static void check(int page, int size) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (page < 0) {
			errors.put("page", "must be 0 or more");
		}
		if (size < 1 || size > Page.MAX_SIZE) {
			errors.put("size", "must be between 1 and " + Page.MAX_SIZE);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

}
