package jp.procurementdesk.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad input: answered 400 with {@code errors}, a map field -> message. Nothing was changed.
 * Each problem is a message code ({@code validation.<code>} in the message bundles) with its
 * arguments, so that the API answers in English and the web UI in the user's language.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	private final Map<String, Problem> problems;

	public InvalidInputException(Map<String, Problem> problems) {
		super("Invalid input: " + problems.keySet());
		this.problems = new LinkedHashMap<>(problems);
	}

	public static InvalidInputException of(String field, String code, Object... arguments) {
		return new InvalidInputException(Map.of(field, new Problem(code, arguments)));
	}

	public Map<String, Problem> problems() {
		return problems;
	}

	/** A message code without its {@code validation.} prefix, and the message's arguments. */
	public record Problem(String code, List<Object> arguments) {

		public Problem(String code, Object... arguments) {
			this(code, Arrays.asList(arguments));
		}

		public String messageKey() {
			return "validation." + code;
		}

	}

}
