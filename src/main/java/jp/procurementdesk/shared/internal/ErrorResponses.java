package jp.procurementdesk.shared.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.shared.ProblemDetailsFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised before any controller (no such path, a method or content type no mapping
 * takes, the firewall): under {@code /api/} a problem detail like every other API error,
 * elsewhere Boot's error page. {@code /error} visited directly is a page that does not exist
 * (Boot would answer 500 for want of an error).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorResponses extends BasicErrorController {

	private final ObjectMapper json;

	ErrorResponses(ErrorAttributes attributes, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers,
			ObjectMapper json) {
		super(attributes, server.getError(), resolvers.orderedStream().toList());
		this.json = json;
	}

	@Override
	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		visitedDirectly(request);
		if (fromApi(request)) {
			try {
				HttpStatus status = getStatus(request);
				response.setStatus(status.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				json.writeValue(response.getOutputStream(), problem(status, request));
				return null;
			}
			catch (IOException gone) {
				return null;
			}
		}
		return super.errorHtml(request, response);
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		visitedDirectly(request);
		if (fromApi(request)) {
			HttpStatus status = getStatus(request);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status, request));
		}
		return super.error(request);
	}

	private static void visitedDirectly(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
		}
	}

	private static boolean fromApi(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
				&& uri.startsWith(request.getContextPath() + "/api/");
	}

	private static Map<String, Object> problem(HttpStatus status, HttpServletRequest request) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", ProblemDetailsFactory.detailOf(status));
		problem.put("instance", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		return problem;
	}

}
