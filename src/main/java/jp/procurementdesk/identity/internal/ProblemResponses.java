package jp.procurementdesk.identity.internal;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.procurementdesk.shared.Outages;
import jp.procurementdesk.shared.ProblemDetailsFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 of the API as RFC 9457 problem details, with the bearer challenge header; 503
 * when a token cannot be checked because Keycloak's keys cannot be fetched.
 */
@Component
class ProblemResponses {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final ObjectMapper json;

	ProblemResponses(ObjectMapper json) {
		this.json = json;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		challenge.commence(request, response, failure);
		write(response, ProblemDetailsFactory.of(HttpStatus.UNAUTHORIZED,
				"A valid bearer access token of the realm is required."));
	}

	/**
	 * A bearer token was refused. A bad token is 401; a token that could not be checked (the
	 * realm's keys are not known yet and Keycloak does not answer) is Spring's
	 * AuthenticationServiceException, which it would let through as a 500: it is a 503.
	 */
	void bearerFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (failure instanceof AuthenticationServiceException) {
			log.warn("503: bearer token not checked, Keycloak's keys are unavailable ({})", failure.getMessage());
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Outages.RETRY_AFTER_SECONDS));
			write(response, ProblemDetailsFactory.tokenNotCheckable());
			return;
		}
		unauthorized(request, response, failure);
	}

	/** The metrics scraper's HTTP Basic credentials were wrong. */
	void badScrapeCredentials(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"metrics\"");
		write(response,
				ProblemDetailsFactory.of(HttpStatus.UNAUTHORIZED, "The metrics scraper's credentials are not valid."));
	}

	/** The desk disabled the user: their still valid token is refused. */
	void accountDisabled(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer error=\"invalid_token\", error_description=\"The account is disabled\"");
		write(response, ProblemDetailsFactory.of(HttpStatus.UNAUTHORIZED, "This account has been disabled."));
	}

	/** A user of a suspended company tried to change something. */
	void companySuspended(HttpServletResponse response) throws IOException {
		write(response, ProblemDetailsFactory.of(HttpStatus.FORBIDDEN,
				"The desk has suspended your company: you may read, but not change anything."));
	}

	/** A service the check needs is away (the caller sets {@code Retry-After}). */
	void unavailable(HttpServletResponse response, Outages.Service service) throws IOException {
		write(response, ProblemDetailsFactory.unavailable(service));
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		write(response, ProblemDetailsFactory.notAllowed());
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
