package jp.procurementdesk.shared.internal;

import static jp.procurementdesk.shared.ProblemDetailsFactory.invalidInput;

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
import jp.procurementdesk.shared.ProblemDetailsFactory;
import jp.procurementdesk.shared.TooManyRequestsException;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
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
 *
 * <p>A little over the house's ~200 lines: one small handler per exception Spring MVC or the
 * desk raises, each a few lines that delegate their texts to {@link ProblemDetailsFactory};
 * keeping them in one advice keeps their order of precedence in one place.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private static final String INVALID_VALUE = "has an invalid value";

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
		return ProblemDetailsFactory.messages(ex, messages, Locale.ENGLISH, String::valueOf);
	}

	/** 413 or 415 for refused uploads, with the same {@code errors} as other bad input. */
	@ExceptionHandler(ContentRefusedException.class)
	ProblemDetail refused(ContentRefusedException ex) {
		return ProblemDetailsFactory.refused(ex.status(), englishMessages(ex));
	}

	/** The multipart parser's own limit (set above the desk's document limit, so rarely met). */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.body(ProblemDetailsFactory.uploadTooLarge(ex.getMaxUploadSize()));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetailsFactory.of(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return ProblemDetailsFactory.of(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return ProblemDetailsFactory.of(HttpStatus.CONFLICT, ex.getMessage());
	}

	/** The client's allowance is used up: 429 with Retry-After. */
	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(ProblemDetailsFactory.of(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage()));
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

	/**
	 * A form-encoded body whose parameter names Spring Security's firewall refuses (control
	 * characters, a multipart body sent as a form): read lazily, when a body is bound, so it
	 * arrives here, not at the firewall's own handler. The client's mistake.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejectedByTheFirewall(RequestRejectedException ex) {
		return invalidInput(Map.of("body", "has parameters that are not accepted"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalidInput(Map.of(ex.getName(), INVALID_VALUE));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(RuntimeException ex) {
		return ProblemDetailsFactory.notAllowed();
	}

	/**
	 * A service the desk depends on is away (the database, Keycloak): 503 with Retry-After,
	 * since a retry will succeed once it is back. Anything else is a bug: 500.
	 */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		if (UnreadableInput.unreadableMultipart(ex)) {
			// Parsed lazily, e.g. by the language interceptor reading ?lang before any controller.
			return ResponseEntity.badRequest().body(invalidInput(Map.of("body", "is not a readable multipart/form-data body")));
		}
		if (UnreadableInput.refusedByTheDatabase(ex)) {
			return ResponseEntity.badRequest()
				.body(invalidInput(Map.of("body", "contains a value that cannot be stored (e.g. a NUL character)")));
		}
		return Outages.of(ex).map(service -> unavailable(service, ex)).orElseGet(() -> {
			log.error("Unexpected error", ex);
			return ResponseEntity.internalServerError().body(ProblemDetailsFactory.serverError());
		});
	}

	private static ResponseEntity<ProblemDetail> unavailable(Outages.Service service, RuntimeException ex) {
		// One line, no stack trace: during an outage every request ends here.
		log.warn("503: {} unavailable ({})", service, ex.toString());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(Outages.RETRY_AFTER_SECONDS))
			.body(ProblemDetailsFactory.unavailable(service));
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
			return ResponseEntity.badRequest().body(invalidInput(Map.of(argument.getName(), INVALID_VALUE)));
		}
		return super.handleConversionNotSupported(ex, headers, status, request);
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
