package jp.procurementdesk.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.shared.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser sign-in while Keycloak is away. Without this the browser would be sent to a
 * Keycloak that does not answer (the browser's own error page), or come back from it to a
 * failed token exchange; instead it gets our 503 page "sign-in service unavailable, try
 * again shortly" in the user's language. Users already signed in are not concerned: their
 * session does not need Keycloak.
 */
class SignInGuard extends OncePerRequestFilter implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

	private final RequestMatcher signInStart = PathPatternRequestMatcher.withDefaults()
		.matcher("/oauth2/authorization/**");

	private final AuthenticationFailureHandler otherFailures = new SimpleUrlAuthenticationFailureHandler(
			"/login?error");

	private final SignInAvailability keycloak;

	SignInGuard(SignInAvailability keycloak) {
		this.keycloak = keycloak;
	}

	/** Before the redirect to Keycloak's login page. */
	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (signInStart.matches(request) && !keycloak.available()) {
			unavailable(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Back from Keycloak, the token exchange failed: because Keycloak went away, or else. */
	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException, ServletException {
		if (causedByIo(failure) || !keycloak.available()) {
			unavailable(request, response);
			return;
		}
		otherFailures.onAuthenticationFailure(request, response, failure);
	}

	private static boolean causedByIo(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	private static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.warn("503: sign-in started while Keycloak is not reachable");
		request.setAttribute(Outages.SIGN_IN_UNAVAILABLE, true);
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Outages.RETRY_AFTER_SECONDS));
		// Rendered by the error page of the web module, in the user's language.
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
