package jp.procurementdesk.shared.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jp.procurementdesk.shared.Outages;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * The errors of the API that do not depend on the operation, added to each operation's
 * description so that controllers declare only their success and their own refusals (403,
 * 409, 413, ...); then every error response, declared or added, gets the problem-details
 * schema as {@code application/problem+json}. Added as the handlers really answer:
 * <ul>
 * <li>401 always (no valid bearer token), 406 always (the client accepts neither JSON nor
 * problem details), 503 always (the database or Keycloak away, with {@code Retry-After});</li>
 * <li>400 when there is a body or a parameter that is not free text (a UUID, a number, an
 * enum); 415 when there is a body;</li>
 * <li>404 when there is a path parameter (no such resource, or not one the caller may see);</li>
 * <li>409 for every change (someone else changed the same case or task at the same time).</li>
 * </ul>
 */
@Component
class DocumentedErrors implements OperationCustomizer {

	static final String PROBLEM = "Problem";

	/** RFC 9457 (Spring's MediaType has it too, but the name is taken here by the model's). */
	static final String PROBLEM_JSON = "application/problem+json";

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		boolean body = Arrays.stream(handler.getMethodParameters()).anyMatch(DocumentedErrors::isBody);
		boolean typed = Arrays.stream(handler.getMethodParameters()).anyMatch(DocumentedErrors::isTypedValue);
		boolean path = Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class));
		if (body || typed) {
			add(responses, "400", "Invalid input: `errors` names each refused value.");
		}
		add(responses, "401", "No valid bearer access token of the realm.")
			.addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header().description("The bearer challenge.")
				.schema(new StringSchema()));
		if (path) {
			add(responses, "404", "No such resource, or not one the caller may see.");
		}
		add(responses, "406", "The client accepts neither JSON nor problem details.");
		if (!isRead(handler)) {
			add(responses, "409", "Someone else changed the same case or task at the same time; reload and retry.");
		}
		if (body) {
			add(responses, "415", "The body is not of a content type this operation reads.");
		}
		add(responses, "503", "The database or the sign-in service (Keycloak) is away for a moment.")
			.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds to wait before retrying.")
				.schema(new IntegerSchema()._default(Outages.RETRY_AFTER_SECONDS)));
		responses.forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			}
		});
		ApiResponses sorted = new ApiResponses();
		responses.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
		return operation.responses(sorted);
	}

	/** The operation's own description of that status if it has one, else the shared one. */
	private static ApiResponse add(ApiResponses responses, String status, String description) {
		return responses.computeIfAbsent(status, missing -> new ApiResponse().description(description));
	}

	private static boolean isBody(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(RequestPart.class);
	}

	/** A value Spring converts (and so may refuse): anything but free text. */
	private static boolean isTypedValue(MethodParameter parameter) {
		boolean bound = parameter.hasParameterAnnotation(PathVariable.class)
				|| parameter.hasParameterAnnotation(RequestParam.class)
				|| parameter.hasParameterAnnotation(RequestHeader.class);
		return bound && !String.class.equals(parameter.getParameterType());
	}

	private static boolean isRead(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.GET);
	}

}
