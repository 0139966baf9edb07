package jp.procurementdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.shared.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages' error page, in the user's language: {@code error.html} with the {@link ErrorPage}
 * of the status. A page whose database or Keycloak is away ends on the 503 page ("temporarily
 * unavailable, try again shortly", or "sign-in service unavailable" when a sign-in could not
 * start) with {@code Retry-After} instead of the 500 page; the API answers the same outages with
 * problem details of its own.
 */
@Component
class ErrorPages implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	/** Pages' exceptions: after the API's problem handler, which answers its own. */
	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		return Outages.of(failure).map(service -> {
			log.warn("503 page: {} unavailable ({})", service, failure.toString());
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Outages.RETRY_AFTER_SECONDS));
			HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
			return new ModelAndView(ErrorPage.VIEW,
					Map.of("status", status.value(), "errorPage", ErrorPage.of(status, false)), status);
		}).orElse(null);
	}

	/**
	 * Errors rendered by Spring Boot's error controller: 403, 404, a 503 sent by a filter (the
	 * sign-in guard), and the rest.
	 */
	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		boolean signIn = Boolean.TRUE.equals(request.getAttribute(Outages.SIGN_IN_UNAVAILABLE));
		Map<String, Object> page = new LinkedHashMap<>(model);
		page.put("errorPage", ErrorPage.of(status, signIn));
		return new ModelAndView(ErrorPage.VIEW, page, status);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
