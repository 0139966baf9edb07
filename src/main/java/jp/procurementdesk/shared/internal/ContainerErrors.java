package jp.procurementdesk.shared.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jp.procurementdesk.shared.ProblemDetailsFactory;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (an encoded NUL or a malformed
 * path, a bad Host): under /api/ a problem detail too, elsewhere Tomcat's bare page (no
 * report, no server version). A request line too long to parse has no path; it keeps the page.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			// Replaces the valve Boot adds when stack traces are never shown (it runs before us).
			for (Valve valve : context.getParent().getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					context.getParent().getPipeline().removeValve(valve);
				}
			}
			context.getParent().getPipeline().addValve(new ProblemReportValve());
			// Or the host adds Tomcat's own at start, which would answer first.
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	static class ProblemReportValve extends ErrorReportValve {

		ProblemReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			String uri = request.getRequestURI();
			if (uri == null || !uri.startsWith("/api/")) {
				super.report(request, response, throwable);
				return;
			}
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			String title = known == null ? "Error" : known.getReasonPhrase();
			try {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
							+ ",\"detail\":\"" + ProblemDetailsFactory.UNREADABLE_REQUEST + "\"}");
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException gone) {
				// Nothing more can be said to this client.
			}
		}

	}

}
