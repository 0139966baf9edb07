package jp.procurementdesk.companies;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The company profile through the API on real Keycloak and PostgreSQL: every user of the
 * company reads it, only its company-admin changes it, a refused change changes nothing, and
 * a change made on an old version is refused instead of overwriting the newer one. Every test
 * puts acme's profile back as it found it.
 */
@DeskIntegrationTest
class CompanyProfileIT {

	@Autowired
	TestRestTemplate http;

	CompanyCalls calls;

	@BeforeEach
	void calls() {
		calls = new CompanyCalls(http);
	}

	@Test
	void everyUserOfTheCompanyReadsExactlyTheContractsFields() {
		ResponseEntity<JsonNode> second = calls.profile(ACME_SECOND);

		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(second.getHeaders().getETag()).matches("\"\\d+\"");
		JsonNode profile = second.getBody();
		assertThat(fieldNames(profile)).containsExactly("id", "name", "nameJa", "country", "corporateNumber", "website",
				"status", "productCategories", "agencies", "ungmVendorId", "ungmLevel", "interests");
		assertThat(fieldNames(profile.path("interests"))).containsExactly("categories", "agencies", "unspscPrefixes");
		assertThat(profile.path("id").asText()).isEqualTo(ACME_COMPANY);
		assertThat(profile.path("corporateNumber").asText()).isEqualTo("9010401012345");
		assertThat(profile.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(profile.path("ungmLevel").asText()).isEqualTo("LEVEL_1");
		assertThat(calls.profile(ACME).getBody()).isEqualTo(profile);
		assertThat(calls.profile(SAKURA).getBody().path("id").asText()).as("each their own").isEqualTo(SAKURA_COMPANY);
		for (String staff : List.of(ADVISOR, SUPERVISOR)) {
			assertThat(calls.profile(staff).getStatusCode()).as(staff).isEqualTo(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void theCompanyAdminChangesTheProfileAndTheAuditTrailHasTheOldAndNewValues() {
		ResponseEntity<JsonNode> before = calls.profile(ACME);
		try {
			ObjectNode change = CompanyCalls.editable(before.getBody());
			change.put("nameJa", "アクメ医療機器株式会社（新）");
			change.putArray("agencies").add("UNICEF").add("GAVI");
			change.with("interests").putArray("unspscPrefixes").add("42").add("42221501");

			ResponseEntity<JsonNode> changed = calls.changeProfile(ACME, change, before.getHeaders().getETag());

			assertThat(changed.getStatusCode()).as(String.valueOf(changed.getBody())).isEqualTo(HttpStatus.OK);
			assertThat(changed.getHeaders().getETag()).isNotEqualTo(before.getHeaders().getETag());
			assertThat(changed.getBody().path("nameJa").asText()).isEqualTo("アクメ医療機器株式会社（新）");
			assertThat(calls.profile(ACME_SECOND).getBody()).as("what colleagues read now").isEqualTo(changed.getBody());
			JsonNode audit = calls.lastAudit(SUPERVISOR, ACME_COMPANY, "PROFILE_CHANGED");
			assertThat(audit.path("actor").asText()).isEqualTo(ACME);
			assertThat(fieldNames(audit.path("details"))).containsExactlyInAnyOrder("nameJa", "agencies",
					"interests.unspscPrefixes");
			assertThat(audit.path("details").path("nameJa").path("old").asText()).isEqualTo("アクメ医療機器株式会社");
			assertThat(audit.path("details").path("nameJa").path("new").asText()).isEqualTo("アクメ医療機器株式会社（新）");
			assertThat(audit.path("details").path("agencies").path("new").toString()).isEqualTo("[\"UNICEF\",\"GAVI\"]");
			assertThat(audit.path("details").path("interests.unspscPrefixes").path("old").toString())
				.isEqualTo("[\"4214\",\"4229\"]");

			ResponseEntity<JsonNode> again = calls.changeProfile(ACME, change, changed.getHeaders().getETag());
			assertThat(again.getHeaders().getETag()).as("nothing to change: same version")
				.isEqualTo(changed.getHeaders().getETag());
		}
		finally {
			calls.restore(ACME, before.getBody());
		}
		assertThat(calls.profile(ACME).getBody()).isEqualTo(before.getBody());
	}

	@Test
	void aPlainColleagueStaffAndOtherCompaniesCannotChangeIt() {
		ResponseEntity<JsonNode> before = calls.profile(ACME);
		ObjectNode change = CompanyCalls.editable(before.getBody()).put("name", "Taken over");

		for (String user : List.of(ACME_SECOND, ADVISOR, SUPERVISOR)) {
			ResponseEntity<JsonNode> refused = calls.changeProfile(user, change, before.getHeaders().getETag());
			assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
		ResponseEntity<JsonNode> sakura = calls.profile(SAKURA);
		ResponseEntity<JsonNode> own = calls.changeProfile(SAKURA, CompanyCalls.editable(sakura.getBody()),
				sakura.getHeaders().getETag());
		assertThat(own.getBody().path("id").asText()).as("a company-admin changes only their own").isEqualTo(SAKURA_COMPANY);
		assertThat(calls.profile(ACME).getBody()).isEqualTo(before.getBody());
		assertThat(calls.profile(ACME).getHeaders().getETag()).isEqualTo(before.getHeaders().getETag());
	}

	@Test
	void badInputIsRefusedFieldByFieldAndChangesNothing() {
		ResponseEntity<JsonNode> before = calls.profile(ACME);
		String etag = before.getHeaders().getETag();
		ObjectNode bad = CompanyCalls.editable(before.getBody());
		bad.put("name", " ").put("country", "Japan").put("website", "http://acme.example.com").put("nameJa", "x".repeat(201));
		bad.putArray("productCategories");
		bad.with("interests").putArray("unspscPrefixes").add("4214").add("4").add("42a1");

		ResponseEntity<JsonNode> refused = calls.changeProfile(ACME, bad, etag);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fieldNames(refused.getBody().path("errors"))).containsExactlyInAnyOrder("name", "nameJa", "country", "website",
				"productCategories", "interests.unspscPrefixes");
		ObjectNode stillBad = CompanyCalls.editable(before.getBody()).put("country", "JPN").put("website", "ftp://x");
		assertThat(fieldNames(calls.changeProfile(ACME, stillBad, etag).getBody().path("errors")))
			.containsExactlyInAnyOrder("country", "website");
		for (Map.Entry<String, Object> notEditable : Map.<String, Object>of("id", "sakura-diagnostics", "status", "ACTIVE",
				"corporateNumber", "1234567890123", "companyId", "sakura-diagnostics", "version", 0).entrySet()) {
			ObjectNode body = CompanyCalls.editable(before.getBody());
			body.putPOJO(notEditable.getKey(), notEditable.getValue());
			ResponseEntity<JsonNode> unknown = calls.changeProfile(ACME, body, etag);
			assertThat(unknown.getStatusCode()).as(notEditable.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(unknown.getBody().path("errors").path(notEditable.getKey()).asText()).isEqualTo("is not a known field");
		}
		ObjectNode badLevel = CompanyCalls.editable(before.getBody()).put("ungmLevel", "Level 1");
		assertThat(calls.changeProfile(ACME, badLevel, etag).getBody().path("errors").has("ungmLevel")).isTrue();

		assertThat(calls.profile(ACME).getBody()).isEqualTo(before.getBody());
		assertThat(calls.profile(ACME).getHeaders().getETag()).isEqualTo(etag);
	}

	@Test
	void aChangeOnAnOldVersionIsRefusedInsteadOfOverwritingTheNewerOne() {
		ResponseEntity<JsonNode> before = calls.profile(ACME);
		String seen = before.getHeaders().getETag();
		try {
			ResponseEntity<JsonNode> first = calls.changeProfile(ACME,
					CompanyCalls.editable(before.getBody()).put("ungmVendorId", "600001"), seen);
			assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);

			ResponseEntity<JsonNode> stale = calls.changeProfile(ACME,
					CompanyCalls.editable(before.getBody()).put("website", "https://stale.example.com"), seen);

			assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			JsonNode now = calls.profile(ACME).getBody();
			assertThat(now.path("ungmVendorId").asText()).as("the first change stays").isEqualTo("600001");
			assertThat(now.path("website").asText()).isEqualTo(before.getBody().path("website").asText());
			assertThat(calls.changeProfile(ACME, CompanyCalls.editable(now), null).getStatusCode())
				.as("no If-Match").isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
			ResponseEntity<JsonNode> garbage = calls.changeProfile(ACME, CompanyCalls.editable(now), "\"seven\"");
			assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(garbage.getBody().path("errors").has("If-Match")).isTrue();
		}
		finally {
			calls.restore(ACME, before.getBody());
		}
	}

	@Test
	void ofTwoChangesMadeAtOnceOnTheSameVersionExactlyOneWins() throws Exception {
		ResponseEntity<JsonNode> before = calls.profile(ACME);
		String seen = before.getHeaders().getETag();
		try {
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
			for (String vendor : List.of("700001", "700002")) {
				answers.add(pool.submit(() -> {
					start.await();
					return calls.changeProfile(ACME, CompanyCalls.editable(before.getBody()).put("ungmVendorId", vendor), seen);
				}));
			}
			start.countDown();
			List<ResponseEntity<JsonNode>> done = new ArrayList<>();
			for (Future<ResponseEntity<JsonNode>> answer : answers) {
				done.add(answer.get(60, TimeUnit.SECONDS));
			}
			pool.shutdown();

			assertThat(done).extracting(ResponseEntity::getStatusCode)
				.containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
			JsonNode winner = done.stream().filter(answer -> answer.getStatusCode() == HttpStatus.OK).findFirst()
				.orElseThrow().getBody();
			assertThat(calls.profile(ACME).getBody()).as("the winner's change, whole").isEqualTo(winner);
		}
		finally {
			calls.restore(ACME, before.getBody());
		}
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

}
