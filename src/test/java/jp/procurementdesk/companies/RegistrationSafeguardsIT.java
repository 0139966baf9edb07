package jp.procurementdesk.companies;

import static jp.procurementdesk.companies.FrontDoor.freshAddress;
import static jp.procurementdesk.companies.FrontDoor.japaneseCompany;
import static jp.procurementdesk.companies.FrontDoor.mailTo;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.LoopbackClient;
import jp.procurementdesk.support.LoopbackClient.Answer;
import jp.procurementdesk.support.TcpRelay;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * What protects the front door and what it survives, in a context of its own: a short hourly
 * allowance per client address (3), a trusted proxy at 127.0.0.99 (every other client's
 * {@code X-Forwarded-For} is ignored), the review's SLA in seconds, and the application's
 * calls to Keycloak through a relay that the test closes, as a Keycloak outage, while the
 * Keycloak of the other tests runs on.
 */
@DeskIntegrationTest
@TestPropertySource(properties = { "desk.registration.per-hour=3",
		"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.99", "desk.sla.registration-review=PT3S",
		"desk.test.keycloak-via-relay=true" })
class RegistrationSafeguardsIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	// ------------------------------------------------------------------ the rate limit

	@Test
	void aClientAddressGetsThreeRegistrationsAnHourThen429WhateverItsHeadersSay() throws IOException {
		LoopbackClient client = new LoopbackClient(someLoopbackAddress(), port);
		for (int i = 0; i < 3; i++) {
			assertThat(client.postJson("/api/registrations", registration(), Map.of()).status()).isEqualTo(202);
		}

		Answer refused = client.postJson("/api/registrations", registration(), Map.of());
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
		long retryAfter = Long.parseLong(refused.headers().get("retry-after"));
		assertThat(retryAfter).isBetween(1L, 3600L);
		assertThat(JSON.readTree(refused.body()).path("status").asInt()).isEqualTo(429);

		// An untrusted client's X-Forwarded-For (and its friends) changes nothing: still its own address.
		for (String forged : List.of("203.0.113.7", "198.51.100.1, 203.0.113.9", "unknown")) {
			Answer stillRefused = client.postJson("/api/registrations", registration(),
					Map.of("X-Forwarded-For", forged, "X-Real-IP", forged, "Forwarded", "for=" + forged));
			assertThat(stillRefused.status()).as("forged " + forged).isEqualTo(429);
		}
		// Invalid registrations are answered 400 as ever (they count for nothing).
		assertThat(client.postJson("/api/registrations", "{}", Map.of()).status()).isEqualTo(400);
		// Another client has its own allowance.
		assertThat(new LoopbackClient(someLoopbackAddress(), port).postJson("/api/registrations", registration(), Map.of())
			.status()).isEqualTo(202);
	}

	@Test
	void behindTheTrustedProxyEachForwardedClientHasItsOwnAllowance() {
		LoopbackClient proxy = new LoopbackClient("127.0.0.99", port);
		String first = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
		String second = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
		for (int i = 0; i < 3; i++) {
			assertThat(proxy.postJson("/api/registrations", registration(), Map.of("X-Forwarded-For", first)).status())
				.isEqualTo(202);
		}
		assertThat(proxy.postJson("/api/registrations", registration(), Map.of("X-Forwarded-For", first)).status())
			.isEqualTo(429);
		assertThat(proxy.postJson("/api/registrations", registration(), Map.of("X-Forwarded-For", second)).status())
			.isEqualTo(202);
	}

	// ------------------------------------------------------------------ Keycloak away during an approval

	/**
	 * The approval creates the company and, last, its Keycloak user. With Keycloak away it fails
	 * as a whole (503, nothing created, the review still open); the same approval once Keycloak is
	 * back creates the company, its audit record, its company-admin, and Keycloak mails the
	 * set-password link.
	 */
	@Test
	void anApprovalWhileKeycloakIsAwayCreatesNothingAndARetrySucceeds() throws Exception {
		FrontDoor frontDoor = new FrontDoor(http);
		String email = freshAddress();
		UUID id = frontDoor.registeredAndVerified(japaneseCompany(email), "ja");
		String task = frontDoor.reviewTask(id);
		String companyId = "hokkaido-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> approve = Map.of("decision", "APPROVE", "companyId", companyId);
		TcpRelay keycloak = DeskInfrastructure.forTests().keycloakRelay();

		keycloak.close();
		ResponseEntity<JsonNode> away;
		JsonNode duringOutage;
		try {
			away = new Api(http).post(SUPERVISOR, "/api/tasks/" + task + "/complete", approve);
			duringOutage = frontDoor.asSupervisor(id);
		}
		finally {
			keycloak.open();
		}

		assertThat(away.getStatusCode()).as(String.valueOf(away.getBody())).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(away.getHeaders().getFirst("Retry-After")).isNotBlank();
		assertThat(away.getBody().path("detail").asText()).contains("Keycloak");
		assertThat(duringOutage.path("status").asText()).isEqualTo("AWAITING_REVIEW");
		assertThat(duringOutage.path("reviewTaskId").asText()).isEqualTo(task);
		assertThat(duringOutage.path("duplicates").path("usersUnknown").asBoolean()).isTrue();
		assertThat(rows("select count(*) from desk.company where id = ?", companyId)).isZero();
		assertThat(rows("select count(*) from desk.company_audit where company_id = ?", companyId)).isZero();
		assertThat(keycloakUsers(email)).isEmpty();

		ResponseEntity<JsonNode> retried = new Api(http).post(SUPERVISOR, "/api/tasks/" + task + "/complete", approve);

		assertThat(retried.getStatusCode()).as(String.valueOf(retried.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode approved = frontDoor.asSupervisor(id);
		assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.path("companyId").asText()).isEqualTo(companyId);
		assertThat(approved.path("decidedBy").asText()).isEqualTo(SUPERVISOR);
		assertThat(jdbc.queryForMap("select name, country, status, corporate_number, registration_id from desk.company "
				+ "where id = ?", companyId))
			.containsEntry("name", "Hokkaido Diagnostics K.K.")
			.containsEntry("country", "JP")
			.containsEntry("status", "ACTIVE")
			.containsEntry("registration_id", id);
		assertThat(jdbc.queryForList("select action from desk.company_audit where company_id = ?", String.class,
				companyId)).containsExactly("CREATED");
		List<JsonNode> users = keycloakUsers(email);
		assertThat(users).hasSize(1);
		assertThat(users.get(0).path("username").asText()).isEqualTo(email);
		assertThat(users.get(0).path("attributes").path("company_id").get(0).asText()).isEqualTo(companyId);
		assertThat(mailTo(email, mail -> mail.body().contains("action-token")).body()).contains("action-token");
	}

	// ------------------------------------------------------------------ the review's SLA

	@Test
	void aReviewThatWaitsTooLongTellsEverySupervisor() throws Exception {
		UUID id = new FrontDoor(http).registeredAndVerified(japaneseCompany(freshAddress()), "en");

		JsonNode notification = null;
		Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
		while (notification == null && Instant.now().isBefore(deadline)) {
			for (JsonNode item : new Api(http).get(SUPERVISOR, "/api/notifications?size=100").getBody().path("items")) {
				if (id.toString().equals(item.path("parameters").path("registrationId").asText())) {
					notification = item;
				}
			}
			Thread.sleep(500);
		}

		assertThat(notification).as("an overdue notification of registration " + id).isNotNull();
		assertThat(notification.path("kind").asText()).isEqualTo("REGISTRATION_REVIEW_OVERDUE");
		assertThat(notification.path("text").asText())
			.isEqualTo("The registration of Hokkaido Diagnostics K.K. has waited too long for its review.");
		assertThat(notification.path("link").asText()).endsWith("/companies/registrations/" + id);
		assertThat(mailTo("hiroshi.sato@procurement-desk.example.org",
				mail -> mail.body().contains("/companies/registrations/" + id)).subject())
			.isEqualTo("[Procurement Desk] The registration of Hokkaido Diagnostics K.K. has waited too long for its review.");
		assertThat(new FrontDoor(http).asSupervisor(id).path("status").asText()).as("the review stays open")
			.isEqualTo("AWAITING_REVIEW");
	}

	// ------------------------------------------------------------------ helpers

	private static String registration() {
		try {
			return JSON.writeValueAsString(japaneseCompany(freshAddress()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A loopback address of its own for each test (127.0.0.99 is the trusted proxy). */
	private static String someLoopbackAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "127." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(100, 250);
	}

	private long rows(String sql, Object... arguments) {
		Long count = jdbc.queryForObject(sql, Long.class, arguments);
		return count == null ? 0 : count;
	}

	/** The realm's users with this email, as Keycloak's admin API (asked directly, as its admin) lists them. */
	private static List<JsonNode> keycloakUsers(String email) throws IOException, InterruptedException {
		String keycloak = DeskInfrastructure.forTests().keycloak().url();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(keycloak + "/admin/realms/procurement-desk/users?exact=true&briefRepresentation=false&email="
					+ URLEncoder.encode(email, StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + Tokens.accessTokenOfOtherRealm())
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<JsonNode> users = new ArrayList<>();
		JSON.readTree(response.body()).forEach(users::add);
		return users;
	}

}
