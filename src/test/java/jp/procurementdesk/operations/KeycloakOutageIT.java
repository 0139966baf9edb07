package jp.procurementdesk.operations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import jp.procurementdesk.support.Browser;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskProcess;
import jp.procurementdesk.support.KeycloakServer;
import jp.procurementdesk.support.RestartablePostgres;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Keycloak really goes away and comes back. A Keycloak of its own (a copy of the
 * distribution, started and stopped here: the other tests' Keycloak is not touched) and the
 * packaged application in its own JVM. While Keycloak is away, tokens issued before keep
 * working (the realm's keys are cached), work that needs Keycloak's user directory answers
 * 503 problem details, a new browser sign-in gets the "sign-in service unavailable" page
 * (ja, en) and the health says DOWN (the node stays ready: it still serves); never a 500. Back (dev mode: the realm is
 * imported again, with new signing keys), new tokens and sign-ins work at once.
 */
class KeycloakOutageIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String SCRAPE_PASSWORD = "scrape-secret";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private String base;

	@Test
	void workGoesOnWithTheTokensIssuedAndSignInSaysWhyNot() throws Exception {
		Path home = copyOfKeycloak(Path.of("target/keycloak-outage"));
		Path realm = Path.of("realm/procurement-desk-realm.json");
		int port = DeskInfrastructure.freePort();
		KeycloakServer keycloak = KeycloakServer.start(home, realm, port, Path.of("target/keycloak-outage-1.log"));
		try (RestartablePostgres postgres = RestartablePostgres.start(Path.of("target/keycloak-outage-postgres"))) {
			Map<String, Object> properties = new LinkedHashMap<>(postgres.applicationProperties());
			properties.put("desk.keycloak.url", keycloak.url());
			properties.put("desk.keycloak.backchannel-url", keycloak.url());
			properties.put("desk.metrics.scrape.password", SCRAPE_PASSWORD);
			try (DeskProcess desk = DeskProcess.start("keycloak-outage", properties); Browser browser = new Browser()) {
				desk.await("/actuator/health/readiness", Duration.ofMinutes(4));
				base = desk.url();
				keycloak = outageAndReturn(keycloak, home, realm, port, browser);
			}
		}
		finally {
			keycloak.close();
		}
	}

	private KeycloakServer outageAndReturn(KeycloakServer keycloak, Path home, Path realm, int port, Browser browser)
			throws Exception {
		String company = Tokens.accessToken(keycloak.issuer(), ACME);
		String supervisor = Tokens.accessToken(keycloak.issuer(), SUPERVISOR);
		assertThat(get("/api/me", company).statusCode()).isEqualTo(200);
		String first = openCase(company);
		String second = openCase(company);
		Page signedIn = browser.newPage("en-GB");
		signedIn.navigate(base + "/");
		Browser.signIn(signedIn, ACME);
		assertThat(signedIn.getByTestId("greeting")).isVisible();

		keycloak.close();

		// Tokens issued before the outage keep working: reading, opening a case, a triage.
		assertThat(get("/api/me", company).statusCode()).isEqualTo(200);
		assertThat(get("/api/cases?size=5", company).statusCode()).isEqualTo(200);
		openCase(company);
		assertThat(get("/api/tasks?size=5", supervisor).statusCode()).isEqualTo(200);
		HttpResponse<String> askInfo = completeTriage(supervisor, first, """
				{"decision":"REQUEST_INFO","note":"Which markets?"}""");
		assertThat(askInfo.statusCode()).as(askInfo.body()).isEqualTo(204);
		// Accepting needs Keycloak's user directory (is the advisor one?), never read before: 503.
		HttpResponse<String> accept = completeTriage(supervisor, second, """
				{"decision":"ACCEPT","advisor":"%s","pathways":["WHO_PQ"]}""".formatted(ADVISOR));
		assertUnavailableProblem(accept);
		// Tokens the cached keys do not know are refused (401), not a server error.
		assertThat(get("/api/me", resignedWithUnknownKey(company)).statusCode()).isEqualTo(401);

		// Signed-in users go on; a new sign-in is told why not, in the user's language.
		signedIn.navigate(base + "/");
		assertThat(signedIn.getByTestId("greeting")).isVisible();
		assertSignInUnavailable(browser, "en-GB", "Sign-in service unavailable");
		assertSignInUnavailable(browser, "ja-JP", "サインインサービスを利用できません");

		// The node keeps serving (ready, alive); the overall health shows Keycloak down.
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(503);
		assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = scrape(SCRAPE_PASSWORD);
		assertThat(metrics.statusCode()).as("metrics scraped without Keycloak").isEqualTo(200);
		assertThat(metrics.body()).contains("desk_cases_opened_total");
		assertThat(scrape("wrong").statusCode()).isEqualTo(401);

		KeycloakServer back = KeycloakServer.start(home, realm, port, Path.of("target/keycloak-outage-2.log"));
		long returned = System.nanoTime();

		// A new realm with new keys: new tokens work at once, the old ones are refused, never a 500.
		String newCompany = Tokens.accessToken(back.issuer(), ACME);
		assertThat(get("/api/me", newCompany).statusCode()).isEqualTo(200);
		assertThat(get("/api/me", company).statusCode()).as("a token of the old keys").isIn(200, 401);
		String newSupervisor = Tokens.accessToken(back.issuer(), SUPERVISOR);
		HttpResponse<String> acceptNow = completeTriage(newSupervisor, second, """
				{"decision":"ACCEPT","advisor":"%s","pathways":["WHO_PQ"]}""".formatted(ADVISOR));
		assertThat(acceptNow.statusCode()).as(acceptNow.body()).isEqualTo(204);
		eventually(() -> get("/actuator/health", null).statusCode() == 200, "health UP again");
		Page fresh = browser.newPage("en-GB");
		eventually(() -> {
			fresh.navigate(base + "/");
			return fresh.locator("#username").count() > 0;
		}, "the Keycloak login page again");
		Browser.signIn(fresh, ACME);
		assertThat(fresh.getByTestId("greeting")).isVisible();
		System.out.printf("keycloak outage: issued tokens kept working, directory-bound work 503, sign-in page 503 (en, ja); "
				+ "after Keycloak returned, new tokens and sign-in worked within %.1f s%n",
				(System.nanoTime() - returned) / 1e9);
		return back;
	}

	private void assertSignInUnavailable(Browser browser, String locale, String title) {
		Page page = browser.newPage(locale);
		Response response = page.navigate(base + "/");
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.headerValue("retry-after")).isNotBlank();
		assertThat(page.getByTestId("error-title")).hasText(title);
		Browser.screenshot(page, "keycloak-outage-sign-in-" + locale);
	}

	private static void assertUnavailableProblem(HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(503);
		assertThat(problem.path("title").asText()).isNotBlank();
		assertThat(problem.path("detail").asText()).contains("Keycloak");
		assertThat(response.body()).doesNotContain("Exception");
	}

	private String openCase(String token) throws IOException {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/cases"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"productName":"Keycloak outage kit","productCategory":"IVD","pathways":["WHO_PQ"],
					 "targetAgencies":["UNICEF"],"summary":"Opened with a token issued before the outage."}""")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).path("id").asText();
	}

	private HttpResponse<String> completeTriage(String supervisor, String caseId, String values) throws IOException {
		JsonNode tasks = JSON.readTree(get("/api/tasks?key=triage&caseId=" + caseId, supervisor).body());
		String taskId = tasks.path("items").get(0).path("id").asText();
		return send(HttpRequest.newBuilder(URI.create(base + "/api/tasks/" + taskId + "/complete"))
			.header("Authorization", "Bearer " + supervisor)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(values)));
	}

	private HttpResponse<String> scrape(String password) {
		String credentials = Base64.getEncoder()
			.encodeToString(("prometheus:" + password).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
			.header("Authorization", "Basic " + credentials));
	}

	private HttpResponse<String> get(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The same claims, signed by another key that names itself with an unknown key id. */
	private static String resignedWithUnknownKey(String token) throws Exception {
		SignedJWT real = SignedJWT.parse(token);
		RSAKey other = new RSAKeyGenerator(2048).keyID("unknown-key").generate();
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(),
				real.getJWTClaimsSet());
		forged.sign(new RSASSASigner(other));
		return forged.serialize();
	}

	private static void eventually(Supplier<Boolean> condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.get()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within 20 s: " + what);
			}
			Thread.sleep(500);
		}
	}

	/**
	 * A copy of the Keycloak distribution the build unpacked, without its data: two Keycloaks
	 * must not share one (the other tests' is running from the original).
	 */
	private static Path copyOfKeycloak(Path target) throws IOException {
		Path original = Path.of(System.getProperty("desk.local.keycloak-home", "target/keycloak/keycloak-26.5.6"));
		Path copy = target.toAbsolutePath().resolve(original.getFileName());
		if (!Files.isRegularFile(copy.resolve("bin/kc.sh"))) {
			try (Stream<Path> files = Files.walk(original)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					Path relative = original.relativize(file);
					if (relative.startsWith("data")) {
						continue;
					}
					Path destination = copy.resolve(relative.toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(destination);
					}
					else {
						Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
			}
		}
		return copy;
	}

}
