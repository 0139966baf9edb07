package jp.procurementdesk.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.procurementdesk.shared.InvalidInputException.Problem;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The desk's RFC 9457 problem details, worded once: the REST API's exception handler, the
 * error controller, the security entry points and the container's error valve all build
 * their answers here, and the web UI words validation problems with the same joiner.
 */
public final class ProblemDetailsFactory {

	/** The detail of a 500, never more (no stack trace, no SQL). */
	public static final String SERVER_ERROR = "Something went wrong on our side.";

	/** The detail of a request Tomcat could not even parse (see the container's error valve). */
	public static final String UNREADABLE_REQUEST = "The server could not read this request.";

	private static final String INVALID_INPUT_TITLE = "Invalid input";

	private static final String INVALID_INPUT = "Some values are missing or invalid.";

	private static final String NOT_ALLOWED = "Your role does not allow this action.";

	private static final String TRY_AGAIN = " Please try again shortly.";

	private ProblemDetailsFactory() {
	}

	public static ProblemDetail of(HttpStatusCode status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

	/** 400 with {@code errors}, field -> message. */
	public static ProblemDetail invalidInput(Map<String, String> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_INPUT);
		problem.setTitle(INVALID_INPUT_TITLE);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** Refused content (413, 415): the {@code errors} of bad input, and a detail that says them. */
	public static ProblemDetail refused(HttpStatusCode status, Map<String, String> errors) {
		String detail = errors.entrySet()
			.stream()
			.map(error -> "The " + error.getKey() + " " + error.getValue() + ".")
			.collect(Collectors.joining(" "));
		ProblemDetail problem = of(status, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** 413 for a request over the multipart parser's own limit. */
	public static ProblemDetail uploadTooLarge(long maxUploadSize) {
		String limit = maxUploadSize > 0 ? maxUploadSize / (1024 * 1024) + " MB" : "the server's limit";
		return of(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than " + limit + ".");
	}

	/** 403: the user is known, their role does not allow this. */
	public static ProblemDetail notAllowed() {
		return of(HttpStatus.FORBIDDEN, NOT_ALLOWED);
	}

	public static ProblemDetail serverError() {
		return of(HttpStatus.INTERNAL_SERVER_ERROR, SERVER_ERROR);
	}

	/** 503 while a service the desk depends on is away; callers add {@code Retry-After}. */
	public static ProblemDetail unavailable(Outages.Service service) {
		return of(HttpStatus.SERVICE_UNAVAILABLE, switch (service) {
			case DATABASE -> "The desk cannot reach its database right now." + TRY_AGAIN;
			case IDENTITY -> "The sign-in service (Keycloak) cannot be reached right now." + TRY_AGAIN;
		});
	}

	/** 503 when a bearer token cannot be checked because Keycloak's keys cannot be fetched. */
	public static ProblemDetail tokenNotCheckable() {
		return of(HttpStatus.SERVICE_UNAVAILABLE,
				"The sign-in service (Keycloak) cannot be reached to check the token." + TRY_AGAIN);
	}

	/**
	 * The detail of an error that has nothing but its status (no such path, a method or a
	 * content type no mapping takes), answered before any controller.
	 */
	public static String detailOf(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is no such resource.";
			case METHOD_NOT_ALLOWED -> "This method is not allowed on this resource.";
			case UNSUPPORTED_MEDIA_TYPE -> "This content type is not accepted here.";
			case NOT_ACCEPTABLE -> "No acceptable representation; the API answers in JSON.";
			case PAYLOAD_TOO_LARGE -> "The request is too large.";
			default -> status.is5xxServerError() ? SERVER_ERROR : "The request was refused.";
		};
	}

	/**
	 * Each field's problem as a message of the bundles, in {@code locale}. Lists among the
	 * arguments (such as missing document types) are joined "A, B", each item as
	 * {@code itemText} words it; other arguments as their text.
	 */
	public static Map<String, String> messages(InvalidInputException invalid, MessageSource messages, Locale locale,
			Function<Object, String> itemText) {
		Map<String, String> byField = new LinkedHashMap<>();
		invalid.problems()
			.forEach((field, problem) -> byField.put(field, messages.getMessage(problem.messageKey(),
					arguments(problem, itemText), problem.code(), locale)));
		return byField;
	}

	private static Object[] arguments(Problem problem, Function<Object, String> itemText) {
		return problem.arguments().stream().map(value -> argument(value, itemText)).toArray();
	}

	private static String argument(Object value, Function<Object, String> itemText) {
		if (value instanceof Collection<?> items) {
			return items.stream().map(itemText).collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

}
