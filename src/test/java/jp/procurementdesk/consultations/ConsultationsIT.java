package jp.procurementdesk.consultations;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.FullJourney;
import jp.procurementdesk.support.TestClock.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Consultation records through the API on real Keycloak and PostgreSQL: who reads, records and
 * corrects them, the seven days of corrections (with the application's clock moved on), the
 * timeline's old and new values, and refused input or a stale version changing nothing.
 */
@DeskIntegrationTest
class ConsultationsIT {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Autowired
	TestRestTemplate http;

	@Autowired
	MovableClock clock;

	Api api;

	UUID caseId;

	@BeforeEach
	void advisorsCase() {
		api = new Api(http);
		caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways",
				List.of("WHO_PQ")));
	}

	@Test
	void theAdvisorAndSupervisorsRecordAndWhoeverSeesTheCaseReads() {
		ResponseEntity<JsonNode> recorded = record(ADVISOR, meeting(today().minusDays(2), "Dossier gaps discussed."));

		assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(recorded.getHeaders().getETag()).isEqualTo("\"0\"");
		assertThat(recorded.getHeaders().getLocation()).hasPath("/api/cases/" + caseId + "/consultations");
		JsonNode record = recorded.getBody();
		assertThat(fieldNames(record)).containsExactly("id", "heldOn", "channel", "minutes", "topics", "attendees",
				"summary", "recordedBy", "recordedAt", "correctedAt", "version");
		assertThat(record.path("heldOn").asText()).isEqualTo(today().minusDays(2).toString());
		assertThat(record.path("channel").asText()).isEqualTo("MEETING");
		assertThat(record.path("minutes").asInt()).isEqualTo(45);
		assertThat(record.path("topics").toString()).as("in their order").isEqualTo("[\"WHO_PQ\",\"REGULATORY\"]");
		assertThat(record.path("attendees").asText()).isEqualTo("Ms Ito (Acme), advisor Tanaka");
		assertThat(record.path("summary").asText()).as("stripped").isEqualTo("Dossier gaps discussed.");
		assertThat(record.path("recordedBy").asText()).isEqualTo(ADVISOR);
		assertThat(record.path("correctedAt").isNull()).isTrue();

		Map<String, Object> call = meeting(today(), "Follow-up call.");
		call.put("channel", "PHONE");
		assertThat(record(SUPERVISOR, call).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		for (String reader : List.of(ACME, ACME_SECOND, ADVISOR, SUPERVISOR)) {
			ResponseEntity<JsonNode> list = api.get(reader, path());
			assertThat(list.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
			assertThat(list.getBody().path("items").findValuesAsText("summary")).as("%s: newest first", reader)
				.containsExactly("Follow-up call.", "Dossier gaps discussed.");
		}
		for (String stranger : List.of(SAKURA, OTHER_ADVISOR)) {
			assertThat(api.get(stranger, path()).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(record(stranger, meeting(today(), "x")).getStatusCode()).as(stranger)
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		for (String company : List.of(ACME, ACME_SECOND)) {
			ResponseEntity<JsonNode> refused = record(company, meeting(today(), "We met."));
			assertThat(refused.getStatusCode()).as(company).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(api.get(ACME, path()).getBody().path("items")).hasSize(2);
	}

	@Test
	void onlyItsAuthorCorrectsARecordAndTheTimelineKeepsOldAndNewValues() {
		JsonNode record = record(ADVISOR, meeting(today().minusDays(1), "Dossier gaps discussed.")).getBody();
		Map<String, Object> correction = meeting(today().minusDays(1), "Dossier gaps discussed; SRA letter missing.");
		correction.put("channel", "ONLINE");
		correction.put("minutes", 60);

		for (String other : List.of(SUPERVISOR, ACME)) {
			assertThat(correct(other, record, correction, "\"0\"").getStatusCode()).as(other)
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(correct(OTHER_ADVISOR, record, correction, "\"0\"").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(correct(ADVISOR, record, correction, null).getStatusCode()).as("no If-Match")
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);

		ResponseEntity<JsonNode> corrected = correct(ADVISOR, record, correction, "\"0\"");

		assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(corrected.getHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(corrected.getBody().path("channel").asText()).isEqualTo("ONLINE");
		assertThat(corrected.getBody().path("correctedAt").isNull()).isFalse();
		assertThat(corrected.getBody().path("recordedAt").asText()).isEqualTo(record.path("recordedAt").asText());

		JsonNode recordedEntry = lastTimeline("CONSULTATION_RECORDED");
		assertThat(recordedEntry.path("actor").asText()).isEqualTo(ADVISOR);
		assertThat(recordedEntry.path("details").path("consultationId").asText()).isEqualTo(record.path("id").asText());
		assertThat(recordedEntry.path("details").path("channel").asText()).isEqualTo("MEETING");
		assertThat(recordedEntry.path("details").path("minutes").asInt()).isEqualTo(45);
		assertThat(recordedEntry.path("details").path("topics").toString()).isEqualTo("[\"WHO_PQ\",\"REGULATORY\"]");
		assertThat(recordedEntry.path("details").path("summary").asText()).isEqualTo("Dossier gaps discussed.");
		JsonNode edited = lastTimeline("CONSULTATION_EDITED");
		assertThat(edited.path("actor").asText()).isEqualTo(ADVISOR);
		assertThat(fieldNames(edited.path("details"))).containsExactlyInAnyOrder("consultationId", "channel", "minutes",
				"summary");
		assertThat(edited.path("details").path("channel").path("old").asText()).isEqualTo("MEETING");
		assertThat(edited.path("details").path("channel").path("new").asText()).isEqualTo("ONLINE");
		assertThat(edited.path("details").path("minutes").path("old").asInt()).isEqualTo(45);
		assertThat(edited.path("details").path("minutes").path("new").asInt()).isEqualTo(60);
		assertThat(edited.path("details").path("summary").path("new").asText())
			.isEqualTo("Dossier gaps discussed; SRA letter missing.");

		Map<String, Object> overwrite = meeting(today().minusDays(1), "A correction made on the first version.");
		ResponseEntity<JsonNode> stale = correct(ADVISOR, record, overwrite, "\"0\"");
		assertThat(stale.getStatusCode()).as("made on an old version").isEqualTo(HttpStatus.CONFLICT);
		assertThat(only().path("summary").asText()).isEqualTo("Dossier gaps discussed; SRA letter missing.");
		assertThat(timeline("CONSULTATION_EDITED")).hasSize(1);
	}

	/**
	 * The clock goes back to record (moved forward, it would expire every access token): a record
	 * made 6 days 23 hours ago is still corrected, one made 7 days 1 hour ago no longer.
	 */
	@Test
	void theAuthorCorrectsWithinSevenDaysOfRecordingAndNotAfter() {
		JsonNode recent = recordedAgo(Duration.ofDays(6).plusHours(23), "Recorded six days ago.");
		JsonNode old = recordedAgo(Duration.ofDays(7).plusHours(1), "Recorded seven days ago.");

		ResponseEntity<JsonNode> inTime = correct(ADVISOR, recent, meeting(today().minusDays(8), "Within the week."),
				"\"0\"");
		assertThat(inTime.getStatusCode()).as(String.valueOf(inTime.getBody())).isEqualTo(HttpStatus.OK);

		ResponseEntity<JsonNode> late = correct(ADVISOR, old, meeting(today().minusDays(8), "Too late."), "\"0\"");
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getBody().path("detail").asText()).contains("7 days");
		assertThat(api.get(ACME, path()).getBody().path("items").findValuesAsText("summary"))
			.containsExactlyInAnyOrder("Within the week.", "Recorded seven days ago.");
	}

	private JsonNode recordedAgo(Duration ago, String summary) {
		clock.advance(ago.negated());
		try {
			ResponseEntity<JsonNode> recorded = record(ADVISOR, meeting(today().minusDays(8), summary));
			assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);
			return recorded.getBody();
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void refusedInputIsNamedFieldByFieldAndChangesNothing() {
		JsonNode record = record(ADVISOR, meeting(today(), "Dossier gaps discussed.")).getBody();
		int entries = api.get(SUPERVISOR, "/api/cases/" + caseId + "/timeline").getBody().path("items").size();
		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("heldOn", today().plusDays(1).toString());
		bad.put("channel", "MEETING");
		bad.put("minutes", 601);
		bad.put("topics", List.of());
		bad.put("attendees", "x".repeat(1001));
		bad.put("summary", " ");

		for (ResponseEntity<JsonNode> refused : List.of(record(ADVISOR, bad), correct(ADVISOR, record, bad, "\"0\""))) {
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(fieldNames(refused.getBody().path("errors"))).containsExactlyInAnyOrder("heldOn", "minutes",
					"topics", "attendees", "summary");
		}
		Map<String, Object> missing = new LinkedHashMap<>(meeting(today(), "x"));
		missing.remove("channel");
		assertThat(fieldNames(record(ADVISOR, missing).getBody().path("errors"))).containsExactly("channel");
		Map<String, Object> unknown = new LinkedHashMap<>(meeting(today(), "x"));
		unknown.put("recordedBy", SUPERVISOR);
		assertThat(record(ADVISOR, unknown).getStatusCode()).as("unknown field").isEqualTo(HttpStatus.BAD_REQUEST);
		Map<String, Object> wrongTopic = new LinkedHashMap<>(meeting(today(), "x"));
		wrongTopic.put("topics", List.of("GOSSIP"));
		assertThat(record(ADVISOR, wrongTopic).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(correct(ADVISOR, record, meeting(today(), "x"), "\"zero\"").getStatusCode()).as("If-Match not a version")
			.isEqualTo(HttpStatus.BAD_REQUEST);

		assertThat(only().path("summary").asText()).isEqualTo("Dossier gaps discussed.");
		assertThat(only().path("version").asLong()).isZero();
		assertThat(api.get(SUPERVISOR, "/api/cases/" + caseId + "/timeline").getBody().path("items")).hasSize(entries);
	}

	private static Map<String, Object> meeting(LocalDate heldOn, String summary) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("heldOn", heldOn.toString());
		body.put("channel", "MEETING");
		body.put("minutes", 45);
		body.put("topics", List.of("REGULATORY", "WHO_PQ"));
		body.put("attendees", "Ms Ito (Acme), advisor Tanaka");
		body.put("summary", "  " + summary + "  ");
		return body;
	}

	/** Today in Tokyo by the application's clock. */
	private LocalDate today() {
		return LocalDate.now(clock.withZone(TOKYO));
	}

	private String path() {
		return "/api/cases/" + caseId + "/consultations";
	}

	private ResponseEntity<JsonNode> record(String user, Map<String, Object> body) {
		return api.post(user, path(), body);
	}

	private ResponseEntity<JsonNode> correct(String user, JsonNode record, Map<String, Object> body, String ifMatch) {
		HttpHeaders headers = api.headers(user);
		if (ifMatch != null) {
			headers.set(HttpHeaders.IF_MATCH, ifMatch);
		}
		return http.exchange(path() + "/" + record.path("id").asText(), HttpMethod.PUT, new HttpEntity<>(body, headers),
				JsonNode.class);
	}

	/** The case's one record, as the company reads it. */
	private JsonNode only() {
		JsonNode items = api.get(ACME, path()).getBody().path("items");
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	private List<JsonNode> timeline(String type) {
		List<JsonNode> entries = new ArrayList<>();
		new FullJourney(api).timeline(caseId).stream().filter(entry -> type.equals(entry.path("type").asText()))
			.forEach(entries::add);
		return entries;
	}

	private JsonNode lastTimeline(String type) {
		List<JsonNode> entries = timeline(type);
		assertThat(entries).as(type).isNotEmpty();
		return entries.get(entries.size() - 1);
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
			names.add(it.next());
		}
		return names;
	}

}
