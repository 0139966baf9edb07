package jp.procurementdesk.shared;

import java.util.Map;

/** Bad input: answered 400 with {@code errors}, a map field -> message. Nothing was changed. */
public class InvalidInputException extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidInputException(Map<String, String> errors) {
		super("Invalid input: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(Map.of(field, message));
	}

	public Map<String, String> errors() {
		return errors;
	}

}
