package jp.procurementdesk.identity.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.shared.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in the database, so a database outage reaches a signed-in user's page before
 * any controller: while the session is loaded (inside Spring Security) or saved (after the
 * response). This filter, just outside Spring Session's, answers such a request 503 (the
 * error page says "temporarily unavailable"), and renders that error page without the
 * session cookie: the page must not need the database that is away.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreOutage {

	private static final Logger log = LoggerFactory.getLogger(SessionStoreOutage.class);

	private static final String FAILED = SessionStoreOutage.class.getName() + ".failed";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionStoreOutageFilter(ServerProperties server) {
		String cookie = server.getServlet().getSession().getCookie().getName();
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OutageFilter(cookie == null ? "JSESSIONID" : cookie));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		return registration;
	}

	static final class OutageFilter extends OncePerRequestFilter {

		private final String cookieName;

		OutageFilter(String cookieName) {
			this.cookieName = cookieName;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getDispatcherType() == DispatcherType.ERROR && request.getAttribute(FAILED) != null) {
				chain.doFilter(new WithoutSessionCookie(request, cookieName), response);
				return;
			}
			try {
				chain.doFilter(request, response);
			}
			catch (IOException | ServletException | RuntimeException ex) {
				if (!Outages.isOutage(ex) || response.isCommitted()) {
					throw ex;
				}
				log.warn("503: session store unavailable ({})", ex.toString());
				request.setAttribute(FAILED, Boolean.TRUE);
				response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Outages.RETRY_AFTER_SECONDS));
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
		}

		@Override
		protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
				FilterChain chain) throws ServletException, IOException {
			doFilterInternal(request, response, chain);
		}

	}

	/** The request as if it carried no session: the error page is rendered for an anonymous user. */
	static final class WithoutSessionCookie extends HttpServletRequestWrapper {

		private final String cookieName;

		WithoutSessionCookie(HttpServletRequest request, String cookieName) {
			super(request);
			this.cookieName = cookieName;
		}

		@Override
		public Cookie[] getCookies() {
			Cookie[] cookies = super.getCookies();
			return cookies == null ? null
					: Arrays.stream(cookies).filter(cookie -> !cookie.getName().equals(cookieName)).toArray(Cookie[]::new);
		}

		@Override
		public String getRequestedSessionId() {
			return null;
		}

	}

}
