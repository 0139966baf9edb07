package jp.procurementdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.shared.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.DefaultErrorViewResolver;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 503 page: "temporarily unavailable, try again shortly" (or "sign-in service
 * unavailable" when a sign-in could not start), in the user's language, with
 * {@code Retry-After}. A page whose database or Keycloak is away ends here instead of the
 * 500 page; the API answers the same outages with problem details of its own.
 */
@Component
class UnavailablePage implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(UnavailablePage.class);

	private static final String VIEW = "error/503";

	/** Spring Boot's own (error/404.html etc.), which a resolver of ours would otherwise replace. */
	private final ErrorViewResolver conventions;

	UnavailablePage(ApplicationContext context, WebProperties web) {
		this.conventions = new DefaultErrorViewResolver(context, web.getResources());
	}

	/** Pages' exceptions: after the API's problem handler, which answers its own. */
	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		return Outages.of(failure).map(service -> {
			log.warn("503 page: {} unavailable ({})", service, failure.toString());
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Outages.RETRY_AFTER_SECONDS));
			return new ModelAndView(VIEW, Map.of("signIn", false), HttpStatus.SERVICE_UNAVAILABLE);
		}).orElse(null);
	}

	/** A 503 sent by a filter (the sign-in guard) and rendered by Spring Boot's error controller. */
	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.SERVICE_UNAVAILABLE) {
			return conventions.resolveErrorView(request, status, model);
		}
		Map<String, Object> page = new LinkedHashMap<>(model);
		page.put("signIn", Boolean.TRUE.equals(request.getAttribute(Outages.SIGN_IN_UNAVAILABLE)));
		return new ModelAndView(VIEW, page, status);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
