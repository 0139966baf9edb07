package jp.procurementdesk.shared.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ContentRefusedException;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the REST API as {@code application/problem+json}; validation errors carry
 * {@code errors} (field -> message). Never a stack trace or an SQL text.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	/** The API speaks English; the codes are the same the web UI shows in the user's language. */
	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return invalidInput(englishMessages(ex));
	}

	private Map<String, String> englishMessages(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems().forEach((field, problem) -> errors.put(field, messages.getMessage(problem.messageKey(),
				problem.arguments().stream().map(ApiProblemHandler::argument).toArray(), problem.code(),
				Locale.ENGLISH)));
		return errors;
	}

	/** Lists as "A, B"; everything else as its text. */
	private static String argument(Object value) {
		if (value instanceof java.util.Collection<?> items) {
			return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

	/** 413 or 415 for refused uploads, with the same {@code errors} as other bad input. */
	@ExceptionHandler(ContentRefusedException.class)
	ProblemDetail refused(ContentRefusedException ex) {
		Map<String, String> errors = englishMessages(ex);
		String detail = errors.entrySet()
			.stream()
			.map(error -> "The " + error.getKey() + " " + error.getValue() + ".")
			.collect(Collectors.joining(" "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** The multipart parser's own limit (set above the desk's document limit, so rarely met). */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String limit = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() / (1024 * 1024) + " MB" : "the server's limit";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The upload is larger than " + limit + ".");
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	/**
	 * Someone else changed the same case or task first: optimistic locks of JPA and the
	 * database's own answers to crossing writes (deadlock, lock not available). The engine's
	 * optimistic locks arrive as {@link ConflictException#concurrentChange}, translated where
	 * they leave the process module.
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ProblemDetail concurrentChange(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ConflictException.CONCURRENT_CHANGE);
	}

	/** A body announced as multipart that is not (no boundary, broken parts), even on a GET. */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableMultipart(MultipartException ex) {
		return invalidInput(Map.of("body", "is not a readable multipart/form-data body"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalidInput(Map.of(ex.getName(), "has an invalid value"));
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ProblemDetail accessDenied(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this action.");
	}

	/**
	 * A service the desk depends on is away (the database, Keycloak): 503 with Retry-After,
	 * since a retry will succeed once it is back. Anything else is a bug: 500.
	 */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		if (UnreadableInput.refusedByTheDatabase(ex)) {
			return ResponseEntity.badRequest()
				.body(invalidInput(Map.of("body", "contains a value that cannot be stored (e.g. a NUL character)")));
		}
		return Outages.of(ex).map(service -> unavailable(service, ex)).orElseGet(() -> {
			log.error("Unexpected error", ex);
			return ResponseEntity.internalServerError()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side."));
		});
	}

	private static ResponseEntity<ProblemDetail> unavailable(Outages.Service service, RuntimeException ex) {
		// One line, no stack trace: during an outage every request ends here.
		log.warn("503: {} unavailable ({})", service, ex.toString());
		String detail = switch (service) {
			case DATABASE -> "The desk cannot reach its database right now. Please try again shortly.";
			case IDENTITY -> "The sign-in service (Keycloak) cannot be reached right now. Please try again shortly.";
		};
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(Outages.RETRY_AFTER_SECONDS))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.collect(Collectors.toMap(ApiProblemHandler::fieldName, error -> String.valueOf(error.getDefaultMessage()),
					(first, second) -> first, LinkedHashMap::new));
		return ResponseEntity.badRequest().body(invalidInput(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
			errors.put(unknown.getPropertyName(), "is not a known field");
		}
		else if (ex.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
			errors.put(path(format), "has an invalid value: " + format.getValue());
		}
		else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			errors.put(path(mapping), "has the wrong type");
		}
		else {
			errors.put("body", "is not valid JSON of the expected shape");
		}
		return ResponseEntity.badRequest().body(invalidInput(errors));
	}

	/** A request value of a kind the parameter cannot take (a file part where a text field belongs): the client's mistake. */
	@Override
	protected ResponseEntity<Object> handleConversionNotSupported(ConversionNotSupportedException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentConversionNotSupportedException argument) {
			return ResponseEntity.badRequest().body(invalidInput(Map.of(argument.getName(), "has an invalid value")));
		}
		return super.handleConversionNotSupported(ex, headers, status, request);
	}

	static ProblemDetail invalidInput(Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some values are missing or invalid.");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String fieldName(FieldError error) {
		String field = error.getField();
		int index = field.indexOf('[');
		return index < 0 ? field : field.substring(0, index);
	}

	private static String path(JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "")
			.filter(name -> !name.isEmpty())
			.collect(Collectors.joining("."));
	}

}
