package jp.procurementdesk.shared.internal;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs and Swagger UI at /swagger-ui.html (docs/api.md).
 * Controllers declare their summary, success status and their own refusals; the errors every
 * operation shares, and the problem-details schema of all errors, are added by
 * {@link DocumentedErrors}; the paging parameters' limits by {@link PagingParameters}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Procurement Desk API", version = "1",
		description = "Support cases for WHO prequalification, the WHO Compendium and UN procurement. "
				+ "Every operation needs a bearer access token of the Keycloak realm procurement-desk "
				+ "(e.g. password grant on the client desk-cli), except a company's registration and its "
				+ "verification; errors are RFC 9457 problem details."),
		security = @SecurityRequirement(name = OpenApiConfiguration.BEARER))
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "JWT", description = "An access token of the Keycloak realm procurement-desk. "
				+ "The API keeps no session: the web UI's session cookie does not open it.")
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	@Bean
	OpenApiCustomizer problemSchema() {
		return openApi -> openApi.getComponents().addSchemas(DocumentedErrors.PROBLEM, problem());
	}

	/** What {@link ApiProblemHandler} and the security's entry points write (RFC 9457). */
	private static Schema<?> problem() {
		return new ObjectSchema().description("An error as RFC 9457 problem details.")
			.addProperty("type",
					new StringSchema().format("uri-reference")._default("about:blank").description("The problem type."))
			.addProperty("title", new StringSchema().description("Short summary of the problem type, e.g. Not Found."))
			.addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
				.maximum(BigDecimal.valueOf(599))
				.description("The HTTP status code."))
			.addProperty("detail", new StringSchema().description("What went wrong, for a person to read."))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The request path."))
			.addProperty("errors", new ObjectSchema().additionalProperties(new StringSchema())
				.description("Bad input only (400, 413, 415): each refused field (or body, header, documents) "
						+ "with what is wrong with it, in English."))
			.addRequiredItem("title")
			.addRequiredItem("status");
	}

}
