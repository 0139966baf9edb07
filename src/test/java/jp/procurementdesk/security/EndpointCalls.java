package jp.procurementdesk.security;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.procurementdesk.support.Api;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's {@code /api/**} endpoints, from its own mappings, and a call of one with a plausible body. */
final class EndpointCalls {

	/** A consultation record of the right shape, so that the role or the author is what refuses it. */
	static final Map<String, Object> CONSULTATION = Map.of("heldOn", "2026-01-05", "channel", "MEETING", "minutes", 30,
			"topics", List.of("OTHER"), "summary", "Matrix probe");

	/** An opportunity of the right shape (a UN tender with its deadline), so that the role is what refuses it. */
	static final Map<String, Object> OPPORTUNITY = Map.of("kind", "UN_TENDER", "title", "Matrix probe tender",
			"summary", "Probe", "deadline", "2099-01-05T17:00:00+09:00");

	private final TestRestTemplate http;

	EndpointCalls(TestRestTemplate http) {
		this.http = http;
	}

	/** Every method and pattern under {@code /api/} that the application maps, sorted. */
	static List<Endpoint> endpoints(RequestMappingHandlerMapping mappings) {
		Set<Endpoint> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues()
			.stream()
			.filter(pattern -> pattern.startsWith("/api/"))
			.forEach(pattern -> info.getMethodsCondition().getMethods()
				.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern)))));
		return List.copyOf(endpoints);
	}

	ResponseEntity<String> call(Endpoint endpoint, String path, String token) {
		HttpHeaders headers = new HttpHeaders();
		if (token != null) {
			headers.setBearerAuth(token);
		}
		if (endpoint.method().equals("POST") && path.endsWith("/documents")) {
			headers.setContentType(MediaType.MULTIPART_FORM_DATA);
			return http.exchange(path, HttpMethod.POST,
					new HttpEntity<>(Api.documentForm("OTHER", "probe.pdf", Api.pdf("probe")), headers), String.class);
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		Object body = endpoint.method().equals("POST") ? Map.of("assignee", OTHER_ADVISOR) : null;
		if (endpoint.method().equals("POST") && !path.endsWith("/assign")) {
			body = path.endsWith("/complete") ? Map.of() : Map.of("reason", "probe");
		}
		// A message that only the desk may post: a company user gets 400, whoever cannot see the case 404.
		if (path.endsWith("/messages") && endpoint.method().equals("POST")) {
			body = Map.of("body", "probe", "internal", true);
		}
		if (path.equals("/api/cases")) {
			body = Map.of("productName", "Probe", "productCategory", "IVD", "pathways", List.of("WHO_PQ"), "summary", "x");
		}
		if (path.startsWith("/api/opportunities/") && path.endsWith("/cases")) {
			body = Map.of("productName", "Probe", "productCategory", "IVD", "summary", "x");
		}
		// The company endpoints: bodies of the right shape, so that the role is what refuses them.
		if (path.equals("/api/company") && endpoint.method().equals("PUT")) {
			body = Map.of("name", "Probe", "country", "JP", "productCategories", List.of("IVD"));
			headers.setIfMatch("\"0\"");
		}
		if (path.equals("/api/company/users") && endpoint.method().equals("POST")) {
			body = Map.of("name", "Probe", "email", "probe-" + UUID.randomUUID() + "@example.com");
		}
		if (path.startsWith("/api/company/products") && !endpoint.method().equals("DELETE")
				&& !endpoint.method().equals("GET")) {
			body = Map.of("name", "Probe", "category", "IVD");
		}
		if (path.endsWith("/attendance")) {
			body = Map.of("usernames", List.of(ACME));
		}
		if (path.endsWith("/registrations/products")) {
			body = Map.of("productIds", List.of());
		}
		if (path.contains("/consultations") && !endpoint.method().equals("GET")) {
			body = CONSULTATION;
			headers.setIfMatch("\"0\"");
		}
		if ((path.equals("/api/opportunities") && endpoint.method().equals("POST"))
				|| (endpoint.pattern().equals("/api/opportunities/{id}") && endpoint.method().equals("PUT"))) {
			body = OPPORTUNITY;
			headers.setIfMatch("\"0\"");
		}
		return http.exchange(path, HttpMethod.valueOf(endpoint.method()), new HttpEntity<>(body, headers), String.class);
	}

	static void assertUnauthorized(ResponseEntity<String> response, String what) {
		assertThat(response.getStatusCode().value()).as(what).isEqualTo(401);
		assertThat(String.valueOf(response.getBody())).as(what).doesNotContain("acme").doesNotContain("Rapid");
	}

	record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

		@Override
		public int compareTo(Endpoint other) {
			return (pattern + method).compareTo(other.pattern + other.method);
		}

	}

}
