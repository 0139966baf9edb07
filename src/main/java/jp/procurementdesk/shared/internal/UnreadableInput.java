package jp.procurementdesk.shared.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests whose shape cannot be read are the client's mistake (400, 415), never a server
 * error: a wildcard Content-Type ({@code application/*}, which Spring's header handling
 * refuses with an IllegalArgumentException deep inside), a multipart body Tomcat cannot parse
 * (a NUL in a file name, broken parts; parsed lazily, wherever a parameter is first read,
 * filters included), a file part where a text field belongs, text the database refuses to
 * store (a NUL character). The API's own handler answers
 * for controllers under /api/ with field errors; this covers filters and pages.
 */
final class UnreadableInput {

	private UnreadableInput() {
	}

	/**
	 * PostgreSQL refused a value as data (SQLState class 22: a NUL character in text, which it
	 * never stores, and the like): the input's fault, and nothing was stored (the transaction
	 * rolled back).
	 */
	static boolean refusedByTheDatabase(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A multipart body Tomcat could not parse, wherever it was first read: by a filter, by the
	 * language interceptor of every page (which reads {@code ?lang} as a parameter), or by a
	 * controller.
	 */
	static boolean unreadableMultipart(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidFileNameException || cause instanceof FileUploadException
					|| (cause instanceof MultipartException && !(cause instanceof MaxUploadSizeExceededException))) {
				return true;
			}
		}
		return false;
	}

	/** Outermost filter: sees the Content-Type first, and whatever a later filter failed to parse. */
	@Component
	static class Filter extends OncePerRequestFilter implements Ordered {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (wildcardContentType(request.getContentType())) {
				response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
				return;
			}
			if (unacceptableAnswer(request)) {
				// Before the change is made: Spring would find out only when writing the answer.
				response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
				return;
			}
			try {
				chain.doFilter(request, response);
			}
			catch (RuntimeException failed) {
				if (!unreadableMultipart(failed) || response.isCommitted()) {
					throw failed;
				}
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE + 1;
		}

		private static boolean wildcardContentType(String contentType) {
			if (contentType == null || contentType.isBlank()) {
				return false;
			}
			try {
				MediaType type = MediaType.parseMediaType(contentType);
				return type.isWildcardType() || type.isWildcardSubtype();
			}
			catch (InvalidMediaTypeException unparsable) {
				return false; // Spring answers those itself (415)
			}
		}

		/**
		 * A change to the API whose client accepts no JSON (nor problem details): refused with
		 * 406 up front, so that nothing is done for an answer that cannot be given.
		 */
		private static boolean unacceptableAnswer(HttpServletRequest request) {
			String method = request.getMethod();
			if (!request.getRequestURI().startsWith("/api/") || "GET".equals(method) || "HEAD".equals(method)
					|| "OPTIONS".equals(method)) {
				return false;
			}
			String accept = String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
			if (accept.isBlank()) {
				return false;
			}
			try {
				return MediaType.parseMediaTypes(accept).stream()
					.filter(type -> type.getQualityValue() > 0)
					.noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
							|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			}
			catch (InvalidMediaTypeException unparsable) {
				return true;
			}
		}

	}

	/** For pages: before Spring's default resolver, which answers a failed conversion with 500. */
	@Component
	static class PageResolver implements HandlerExceptionResolver, Ordered {

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			boolean unreadable = ex instanceof MethodArgumentConversionNotSupportedException || unreadableMultipart(ex)
					|| refusedByTheDatabase(ex);
			if (!unreadable || (handler instanceof HandlerMethod method
					&& AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class))) {
				return null;
			}
			try {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
			catch (IOException gone) {
				// The client went away: nothing left to answer.
			}
			return new ModelAndView();
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE + 1;
		}

	}

}
