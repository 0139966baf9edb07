package jp.procurementdesk.reliability;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** An endpoint to fuzz: method and path pattern, and which door of the application it is behind. */
record Endpoint(String method, String pattern, Door door) implements Comparable<Endpoint> {

	enum Door {

		/** {@code /api/**}: bearer tokens, problem details. */
		API,
		/** Pages: session cookie, CSRF token on posts. */
		WEB,
		/** Camunda's engine REST API (Jersey, not Spring MVC). */
		ENGINE,
		/** Spring Boot actuator. */
		ACTUATOR

	}

	/**
	 * Every Spring MVC endpoint the application maps (ours, springdoc's, Boot's error page),
	 * so that a new endpoint is fuzzed without anyone adding it here.
	 */
	static List<Endpoint> mapped(RequestMappingHandlerMapping mappings) {
		Set<Endpoint> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
			Door door = pattern.startsWith("/api/") ? Door.API : Door.WEB;
			var methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty()) {
				endpoints.add(new Endpoint("GET", pattern, door));
				endpoints.add(new Endpoint("POST", pattern, door));
			}
			methods.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern, door)));
		}));
		return List.copyOf(endpoints);
	}

	/**
	 * A sample of Camunda's engine REST API: reads, queries, and actions on ids that do not
	 * exist (the fuzz never completes or deletes real work through it). Not {@code GET /engine}:
	 * listing engines makes Camunda scan the classpath for {@code camunda.cfg.xml} and start
	 * whatever engine it finds in this JVM.
	 */
	static List<Endpoint> engineSample() {
		return List.of(engine("GET", "/engine-rest/version"),
				engine("GET", "/engine-rest/task"), engine("GET", "/engine-rest/task/count"),
				engine("GET", "/engine-rest/task/{id}"), engine("GET", "/engine-rest/task/{id}/variables"),
				engine("GET", "/engine-rest/task/{id}/form-variables"), engine("POST", "/engine-rest/task"),
				engine("POST", "/engine-rest/task/{id}/complete"), engine("POST", "/engine-rest/task/{id}/claim"),
				engine("POST", "/engine-rest/task/{id}/assignee"), engine("GET", "/engine-rest/process-instance"),
				engine("POST", "/engine-rest/process-instance"), engine("GET", "/engine-rest/process-instance/{id}"),
				engine("GET", "/engine-rest/process-instance/{id}/variables"),
				engine("POST", "/engine-rest/process-instance/{id}/variables"),
				engine("GET", "/engine-rest/process-definition"), engine("GET", "/engine-rest/process-definition/{id}"),
				engine("GET", "/engine-rest/process-definition/key/{id}"),
				engine("POST", "/engine-rest/process-definition/key/{id}/start"),
				engine("GET", "/engine-rest/execution/{id}"), engine("GET", "/engine-rest/job"),
				engine("GET", "/engine-rest/job/{id}"), engine("GET", "/engine-rest/incident"),
				engine("GET", "/engine-rest/history/task"), engine("POST", "/engine-rest/history/task"),
				engine("GET", "/engine-rest/history/process-instance/{id}"),
				engine("GET", "/engine-rest/history/variable-instance"), engine("POST", "/engine-rest/message"),
				engine("GET", "/engine-rest/deployment/{id}"), engine("GET", "/engine-rest/user/{id}/profile"),
				engine("GET", "/engine-rest/group"), engine("GET", "/engine-rest/authorization"),
				engine("POST", "/engine-rest/signal"), engine("GET", "/engine-rest/filter/{id}/list"));
	}

	static List<Endpoint> actuatorSample() {
		return List.of(new Endpoint("GET", "/actuator/health", Door.ACTUATOR),
				new Endpoint("GET", "/actuator/health/liveness", Door.ACTUATOR),
				new Endpoint("GET", "/actuator/health/readiness", Door.ACTUATOR),
				new Endpoint("GET", "/actuator/health/{id}", Door.ACTUATOR),
				new Endpoint("GET", "/actuator/info", Door.ACTUATOR), new Endpoint("POST", "/actuator/{id}", Door.ACTUATOR));
	}

	private static Endpoint engine(String method, String pattern) {
		return new Endpoint(method, pattern, Door.ENGINE);
	}

	boolean hasId() {
		return pattern.contains("{");
	}

	/** Uploads take multipart; the other posts of the API take JSON, those of pages a form. */
	boolean takesMultipart() {
		return method.equals("POST") && pattern.endsWith("/documents");
	}

	@Override
	public int compareTo(Endpoint other) {
		return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
	}

	@Override
	public String toString() {
		return method + " " + pattern;
	}

}
