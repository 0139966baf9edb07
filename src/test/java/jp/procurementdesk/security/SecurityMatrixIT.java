package jp.procurementdesk.security;

import static jp.procurementdesk.security.EndpointCalls.assertUnauthorized;
import static jp.procurementdesk.security.ForgedTokens.altered;
import static jp.procurementdesk.security.ForgedTokens.resigned;
import static jp.procurementdesk.security.ForgedTokens.unsigned;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.security.EndpointCalls.Endpoint;
import jp.procurementdesk.security.ProbeTable.Probe;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.TestClock.MovableClock;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api/**} endpoint the application maps, tried by every kind of outsider: other
 * companies, advisors not assigned, roles not allowed ({@link ProbeTable}, one parameterised
 * test), and forged or foreign tokens. The list of endpoints comes from the application itself:
 * a new endpoint without a rule fails.
 */
@DeskIntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class SecurityMatrixIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	MovableClock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	PathMappedEndpoints actuator;

	@Autowired
	private Opportunities opportunities;

	private MatrixFixture fixture;

	private synchronized MatrixFixture fixture() {
		if (fixture == null) {
			fixture = MatrixFixture.create(new Api(http), opportunities, clock);
		}
		return fixture;
	}

	Stream<Probe> outsiderProbes() {
		return ProbeTable.probes(EndpointCalls.endpoints(mappings), fixture()).stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("outsiderProbes")
	void outsidersGetNothingFromAnyEndpoint(Probe probe) {
		ResponseEntity<String> response = new EndpointCalls(http).call(probe.endpoint(), probe.path(),
				Tokens.cachedAccessToken(probe.user()));
		assertThat(response.getStatusCode().value())
			.as(probe.user() + " " + probe.endpoint().method() + " " + probe.path())
			.isEqualTo(probe.expected());
		assertThat(String.valueOf(response.getBody())).as("no foreign data").doesNotContain("Rapid malaria");
	}

	/** The probes of the table, the lists and the token attacks together: how much the matrix tries. */
	@Test
	void listsHideForeignItemsAndForgedTokensAreRefused() throws Exception {
		List<Endpoint> endpoints = EndpointCalls.endpoints(mappings);
		assertThat(endpoints).isNotEmpty();
		int tried = ProbeTable.probes(endpoints, fixture()).size();
		tried += listsHideForeignItems(new Api(http), fixture());
		tried += forgedTokensAreRefused(endpoints, fixture());

		String report = "Security matrix: %d endpoints, %d endpoint x user x attack combinations tried, all refused as expected"
			.formatted(endpoints.size(), tried);
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/security-matrix.txt"), report + System.lineSeparator());
		assertThat(tried).isGreaterThan(endpoints.size() * 7);
	}

	/**
	 * Every actuator endpoint the application exposes, from the application itself: health
	 * and info are open (the probes); everything else (metrics for Prometheus) is for
	 * supervisors only. A new endpoint without a rule here fails.
	 */
	@Test
	void actuatorEndpointsFollowTheirRules() throws Exception {
		EndpointCalls calls = new EndpointCalls(http);
		List<String> paths = actuator.getAllPaths().stream().sorted().toList();
		assertThat(paths).contains("/actuator/health", "/actuator/prometheus");
		String valid = Tokens.accessToken(ACME);
		Map<String, String> attacks = new LinkedHashMap<>();
		attacks.put("no token", null);
		attacks.put("altered claims", altered(valid));
		attacks.put("signed by another key", resigned(valid));
		attacks.put("from another realm", Tokens.accessTokenOfOtherRealm());
		attacks.put("alg none", unsigned(valid));
		int tried = 0;
		for (String path : paths) {
			Endpoint endpoint = new Endpoint("GET", path);
			switch (path) {
				case "/actuator/health", "/actuator/info" -> {
					assertThat(calls.call(endpoint, path, null).getStatusCode().value()).as("anonymous " + path)
						.isNotIn(401, 403);
					tried++;
				}
				case "/actuator/prometheus" -> {
					for (var attack : attacks.entrySet()) {
						assertUnauthorized(calls.call(endpoint, path, attack.getValue()), attack.getKey() + " " + path);
						tried++;
					}
					for (String user : List.of(ACME, SAKURA, ADVISOR)) {
						assertThat(calls.call(endpoint, path, Tokens.cachedAccessToken(user)).getStatusCode().value())
							.as(user + " " + path)
							.isEqualTo(403);
						tried++;
					}
					assertThat(calls.call(endpoint, path, Tokens.cachedAccessToken(SUPERVISOR)).getStatusCode().value())
						.as("supervisor " + path)
						.isEqualTo(200);
					tried++;
				}
				default -> fail("No security rule for the actuator endpoint " + path + ": add one to SecurityMatrixIT");
			}
		}
		System.out.printf("Security matrix (actuator): %d endpoints, %d combinations tried, all as expected%n",
				paths.size(), tried);
	}

	/**
	 * The public web paths (calendar feeds): no session or token needed, and a bad token in
	 * the path answers 404 whatever else the request carries (a forged bearer token, a
	 * signed-in user's token): nothing but the token opens a feed.
	 */
	@Test
	void publicWebPathsNeedTheirOwnCredential() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
			.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
			.build();
		String valid = Tokens.accessToken(ACME);
		int tried = 0;
		for (var entry : ProbeTable.PUBLIC_WEB.entrySet()) {
			for (String authorization : java.util.Arrays.asList(null, "Bearer " + valid, "Bearer " + altered(valid))) {
				var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.getRootUri() + entry.getKey())).GET();
				if (authorization != null) {
					request.header("Authorization", authorization);
				}
				var answer = client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
				assertThat(answer.statusCode()).as(entry.getKey() + " with " + authorization).isEqualTo(entry.getValue());
				assertThat(answer.body()).doesNotContain("BEGIN:VCALENDAR");
				tried++;
			}
		}
		System.out.printf("Security matrix (public web paths): %d combinations tried, all as expected%n", tried);
	}

	private int listsHideForeignItems(Api api, MatrixFixture fixture) {
		int tried = 0;
		Map<String, Set<String>> foreign = Map.of(SAKURA,
				Set.of(fixture.companyCase().toString(), fixture.advisorCase().toString(), fixture.companyTask(),
						fixture.advisorTask(), fixture.triageTask()),
				OTHER_ADVISOR, Set.of(fixture.advisorCase().toString(), fixture.advisorTask(), fixture.triageTask()));
		for (var entry : foreign.entrySet()) {
			for (String list : List.of("/api/cases?size=100", "/api/tasks?size=100", "/api/tasks?size=100&caseId="
					+ fixture.companyCase(), "/api/cases?size=100&q=Rapid")) {
				JsonNode body = api.get(entry.getKey(), list).getBody();
				assertThat(body.path("items").findValuesAsText("id")).as(entry.getKey() + " " + list)
					.doesNotContainAnyElementsOf(entry.getValue());
				tried++;
			}
		}
		return tried;
	}

	/** No token, expired, altered, foreign key, foreign issuer, foreign realm, unsigned: 401. */
	private int forgedTokensAreRefused(List<Endpoint> endpoints, MatrixFixture fixture) throws Exception {
		EndpointCalls calls = new EndpointCalls(http);
		String valid = Tokens.accessToken(ACME);
		Map<String, String> attacks = new LinkedHashMap<>();
		attacks.put("no token", null);
		attacks.put("altered claims", altered(valid));
		attacks.put("signed by another key", resigned(valid));
		attacks.put("issued under another host name", Tokens.accessTokenFromOtherIssuer(ACME));
		attacks.put("from another realm", Tokens.accessTokenOfOtherRealm());
		attacks.put("alg none", unsigned(valid));
		attacks.put("not a JWT", ACME);
		int tried = 0;
		for (Endpoint endpoint : endpoints) {
			String path = endpoint.pattern().replaceAll("\\{[^}]+\\}", endpoint.pattern().startsWith("/api/tasks/")
					? fixture.companyTask() : fixture.companyCase().toString());
			for (var attack : attacks.entrySet()) {
				ResponseEntity<String> answer = calls.call(endpoint, path, attack.getValue());
				if (attack.getValue() == null && ProbeTable.PUBLIC.contains(endpoint)) {
					// Open without a token (a company's registration): no 401 or 403, and no one's data.
					assertThat(answer.getStatusCode().value()).as("anonymous " + endpoint).isNotIn(401, 403);
					assertThat(String.valueOf(answer.getBody())).doesNotContain("acme").doesNotContain("Rapid");
				}
				else {
					assertUnauthorized(answer, attack.getKey() + " " + endpoint);
				}
				tried++;
			}
		}
		clock.advance(Duration.ofMinutes(10));
		try {
			for (Endpoint endpoint : endpoints) {
				String path = endpoint.pattern().replaceAll("\\{[^}]+\\}", fixture.companyCase().toString());
				assertUnauthorized(calls.call(endpoint, path, valid), "expired " + endpoint);
				tried++;
			}
		}
		finally {
			clock.reset();
		}
		return tried;
	}

}
