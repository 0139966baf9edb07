package jp.procurementdesk.security;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.TestClock.MovableClock;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api/**} endpoint the application maps, tried by every kind of outsider: other
 * companies, advisors not assigned, roles not allowed, and forged or foreign tokens. The list
 * of endpoints comes from the application itself: a new endpoint without a rule here fails.
 */
@DeskIntegrationTest
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

	@Test
	void outsidersGetNothingFromAnyEndpoint() throws Exception {
		Api api = new Api(http);
		Fixture fixture = Fixture.create(api);
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).isNotEmpty();
		int tried = 0;

		for (Endpoint endpoint : endpoints) {
			for (Probe probe : foreignProbes(endpoint, fixture)) {
				ResponseEntity<String> response = call(endpoint, probe.path(), Tokens.cachedAccessToken(probe.user()));
				assertThat(response.getStatusCode().value()).as(probe.user() + " " + endpoint.method() + " " + probe.path())
					.isEqualTo(probe.expected());
				assertThat(String.valueOf(response.getBody())).as("no foreign data").doesNotContain("Rapid malaria");
				tried++;
			}
		}
		tried += listsHideForeignItems(api, fixture);
		tried += forgedTokensAreRefused(endpoints, fixture);

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
					assertThat(call(endpoint, path, null).getStatusCode().value()).as("anonymous " + path)
						.isNotIn(401, 403);
					tried++;
				}
				case "/actuator/prometheus" -> {
					for (var attack : attacks.entrySet()) {
						assertUnauthorized(call(endpoint, path, attack.getValue()), attack.getKey() + " " + path);
						tried++;
					}
					for (String user : List.of(ACME, SAKURA, ADVISOR)) {
						assertThat(call(endpoint, path, Tokens.cachedAccessToken(user)).getStatusCode().value())
							.as(user + " " + path)
							.isEqualTo(403);
						tried++;
					}
					assertThat(call(endpoint, path, Tokens.cachedAccessToken(SUPERVISOR)).getStatusCode().value())
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

	/** Who tries which resource of acme-medical, and what they must get. */
	private static List<Probe> foreignProbes(Endpoint endpoint, Fixture fixture) {
		String pattern = endpoint.pattern();
		List<Probe> probes = new ArrayList<>();
		if (pattern.equals("/api/me") || pattern.equals("/api/cases") || pattern.equals("/api/tasks")) {
			return probes; // own data only: covered by listsHideForeignItems and the token attacks
		}
		if (pattern.startsWith("/api/cases/{id}")) {
			String companyCase = pattern.replace("{id}", fixture.companyCase().toString());
			String advisorCase = pattern.replace("{id}", fixture.advisorCase().toString());
			probes.add(new Probe(SAKURA, companyCase, 404));
			probes.add(new Probe(SAKURA, advisorCase, 404));
			probes.add(new Probe(OTHER_ADVISOR, advisorCase, 404));
			probes.add(new Probe(ADVISOR, companyCase, 404));
			if (pattern.endsWith("/withdraw")) {
				probes.add(new Probe(ADVISOR, advisorCase, 403));
			}
			return probes;
		}
		if (pattern.equals("/api/notifications") || pattern.equals("/api/notifications/read-all")) {
			return probes; // own notifications only: see NotificationsIT and the token attacks
		}
		if (pattern.equals("/api/dashboard") || pattern.equals("/api/reports/cases.csv")) {
			for (String user : List.of(ACME, SAKURA, ADVISOR, OTHER_ADVISOR)) {
				probes.add(new Probe(user, pattern, 403));
				probes.add(new Probe(user, pattern + "?fiscalYear=2026", 403));
			}
			return probes; // supervisors only: see DashboardIT
		}
		if (pattern.startsWith("/api/notifications/{id}")) {
			String acmeNotification = pattern.replace("{id}", fixture.notification());
			for (String user : List.of(ACME_SECOND, SAKURA, ADVISOR, SUPERVISOR)) {
				probes.add(new Probe(user, acmeNotification, 404));
			}
			return probes;
		}
		if (pattern.startsWith("/api/tasks/{id}")) {
			String companyTask = pattern.replace("{id}", fixture.companyTask());
			String advisorTask = pattern.replace("{id}", fixture.advisorTask());
			String triageTask = pattern.replace("{id}", fixture.triageTask());
			probes.add(new Probe(SAKURA, companyTask, 404));
			probes.add(new Probe(SAKURA, advisorTask, 404));
			probes.add(new Probe(SAKURA, triageTask, 404));
			probes.add(new Probe(ACME, advisorTask, 404));
			probes.add(new Probe(ACME, triageTask, 404));
			probes.add(new Probe(OTHER_ADVISOR, advisorTask, 404));
			probes.add(new Probe(ADVISOR, companyTask, 404));
			probes.add(new Probe(ADVISOR, triageTask, 404));
			if (pattern.endsWith("/claim") || pattern.endsWith("/assign")) {
				probes.add(new Probe(ACME, companyTask, 403));
			}
			if (pattern.endsWith("/assign")) {
				probes.add(new Probe(ADVISOR, advisorTask, 403));
			}
			if (pattern.endsWith("/complete")) {
				probes.add(new Probe(SUPERVISOR, companyTask, 403));
			}
			return probes;
		}
		if (pattern.startsWith("/api/documents/{id}")) {
			String companyDocument = pattern.replace("{id}", fixture.companyDocument().toString());
			String advisorDocument = pattern.replace("{id}", fixture.advisorDocument().toString());
			probes.add(new Probe(SAKURA, companyDocument, 404));
			probes.add(new Probe(SAKURA, advisorDocument, 404));
			probes.add(new Probe(OTHER_ADVISOR, advisorDocument, 404));
			probes.add(new Probe(ADVISOR, companyDocument, 404));
			probes.add(new Probe(SAKURA, pattern.replace("{id}", UUID.randomUUID().toString()), 404));
			return probes;
		}
		fail("No security rule for the new endpoint " + endpoint + ": add one to SecurityMatrixIT");
		return probes;
	}

	private int listsHideForeignItems(Api api, Fixture fixture) {
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
	private int forgedTokensAreRefused(List<Endpoint> endpoints, Fixture fixture) throws Exception {
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
			String path = endpoint.pattern().replace("{id}", endpoint.pattern().startsWith("/api/tasks/")
					? fixture.companyTask() : fixture.companyCase().toString());
			for (var attack : attacks.entrySet()) {
				assertUnauthorized(call(endpoint, path, attack.getValue()), attack.getKey() + " " + endpoint);
				tried++;
			}
		}
		clock.advance(Duration.ofMinutes(10));
		try {
			for (Endpoint endpoint : endpoints) {
				String path = endpoint.pattern().replace("{id}", fixture.companyCase().toString());
				assertUnauthorized(call(endpoint, path, valid), "expired " + endpoint);
				tried++;
			}
		}
		finally {
			clock.reset();
		}
		return tried;
	}

	private List<Endpoint> endpoints() {
		Set<Endpoint> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues()
			.stream()
			.filter(pattern -> pattern.startsWith("/api/"))
			.forEach(pattern -> info.getMethodsCondition().getMethods()
				.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern)))));
		return List.copyOf(endpoints);
	}

	private ResponseEntity<String> call(Endpoint endpoint, String path, String token) {
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
		if (path.equals("/api/cases")) {
			body = Map.of("productName", "Probe", "productCategory", "IVD", "pathways", List.of("WHO_PQ"), "summary", "x");
		}
		return http.exchange(path, HttpMethod.valueOf(endpoint.method()), new HttpEntity<>(body, headers), String.class);
	}

	private static void assertUnauthorized(ResponseEntity<String> response, String what) {
		assertThat(response.getStatusCode().value()).as(what).isEqualTo(401);
		assertThat(String.valueOf(response.getBody())).as(what).doesNotContain("acme").doesNotContain("Rapid");
	}

	private static String altered(String token) {
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace(ACME_COMPANY, SAKURA_COMPANY);
		return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];
	}

	private static String resigned(String token) throws Exception {
		SignedJWT real = SignedJWT.parse(token);
		RSAKey other = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(),
				real.getJWTClaimsSet());
		forged.sign(new RSASSASigner(other));
		return forged.serialize();
	}

	private static String unsigned(String token) throws Exception {
		String header = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String claims = SignedJWT.parse(token).getJWTClaimsSet().toString();
		return header + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
	}

	record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

		@Override
		public int compareTo(Endpoint other) {
			return (pattern + method).compareTo(other.pattern + other.method);
		}

	}

	record Probe(String user, String path, int expected) {
	}

	/**
	 * acme-medical's resources: a case waiting for the company, one of advisor.tanaka's, a
	 * triage; a document on each of the first two; acme.user's notification of the company task.
	 */
	record Fixture(UUID companyCase, String companyTask, UUID advisorCase, String advisorTask, String triageTask,
			UUID companyDocument, UUID advisorDocument, String notification) {

		static Fixture create(Api api) {
			UUID companyCase = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
			api.complete(SUPERVISOR, companyCase, "triage", Map.of("decision", "REQUEST_INFO", "note", "More?"));
			UUID advisorCase = Api.id(api.openCase(ACME, "IVD", "UN_PROCUREMENT"));
			api.complete(SUPERVISOR, advisorCase, "triage", Map.of("decision", "ACCEPT", "advisor",
					ADVISOR, "pathways", List.of("UN_PROCUREMENT")));
			UUID untriaged = Api.id(api.openCase(ACME, "VACCINE", "WHO_PQ"));
			return new Fixture(companyCase, api.taskId(ACME, companyCase, "provide-information"), advisorCase,
					api.taskId(ADVISOR, advisorCase, "initial-consultation"),
					api.taskId(SUPERVISOR, untriaged, "triage"),
					Api.id(api.uploadPdf(ACME, companyCase, "PRODUCT_DOSSIER")),
					Api.id(api.uploadPdf(ADVISOR, advisorCase, "TECHNICAL_OFFER")),
					notificationOf(api, ACME, companyCase));
		}

		private static String notificationOf(Api api, String user, UUID caseId) {
			for (JsonNode item : api.get(user, "/api/notifications?size=100").getBody().path("items")) {
				if (item.path("caseId").asText().equals(caseId.toString())) {
					return item.path("id").asText();
				}
			}
			throw new AssertionError(user + " has no notification of case " + caseId);
		}

	}

}
