package jp.procurementdesk.identity.internal;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** 401 and 403 of the API as RFC 9457 problem details, with the bearer challenge header. */
@Component
class ProblemResponses {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final ObjectMapper json;

	ProblemResponses(ObjectMapper json) {
		this.json = json;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		challenge.commence(request, response, failure);
		write(response, HttpStatus.UNAUTHORIZED, "A valid bearer access token of the realm is required.");
	}

	/** The metrics scraper's HTTP Basic credentials were wrong. */
	void badScrapeCredentials(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"metrics\"");
		write(response, HttpStatus.UNAUTHORIZED, "The metrics scraper's credentials are not valid.");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Your role does not allow this action.");
	}

	private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
	}

}
