package jp.procurementdesk.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** The paging parameters every list endpoint accepts. */
public final class Paging {

	private Paging() {
	}

	public static void check(int page, int size) {
		Map<String, InvalidInputException.Problem> errors = new LinkedHashMap<>();
		if (page < 0) {
			errors.put("page", new InvalidInputException.Problem("not-negative"));
		}
		if (size < 1 || size > Page.MAX_SIZE) {
			errors.put("size", new InvalidInputException.Problem("page-size", Page.MAX_SIZE));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

}
