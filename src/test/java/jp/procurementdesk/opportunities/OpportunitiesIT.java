package jp.procurementdesk.opportunities;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Opportunities through the API on real Keycloak and PostgreSQL (docs/opportunities.md): the desk
 * writes, corrects and publishes; companies never see a draft; the filters, "matching my company"
 * against the demo companies' interests (acme-medical: devices, UNICEF/UNDP/WHO, 4214 and 4229;
 * sakura-diagnostics: IVD, Global Fund/UNICEF/WHO, 4113); refused input and stale versions change
 * nothing; a correction is audited with its old and new values.
 */
@DeskIntegrationTest
class OpportunitiesIT {

	@Autowired
	TestRestTemplate http;

	OpportunityCalls calls;

	/** In every title of a test, so that its lists see only its own opportunities. */
	String marker;

	@BeforeEach
	void calls() {
		calls = new OpportunityCalls(http);
		marker = "m" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theDeskWritesADraftThatOnlyTheDeskSeesUntilItIsPublished() {
		ResponseEntity<JsonNode> created = calls.create(ADVISOR, OpportunityCalls.tender("IVD tender " + marker, List.of("IVD")));

		assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
		UUID id = Api.id(created.getBody());
		assertThat(created.getHeaders().getLocation()).hasPath("/api/opportunities/" + id);
		assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
		JsonNode draft = created.getBody();
		assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
		assertThat(draft.path("summary").asText()).isEqualTo("Long-term agreement.\nDelivery to Copenhagen.");
		assertThat(draft.path("createdBy").asText()).isEqualTo(ADVISOR);
		assertThat(draft.has("version")).as("the version travels as the ETag").isFalse();
		for (String company : List.of(ACME, SAKURA)) {
			assertThat(calls.get(company, id).getStatusCode()).as(company).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(titles(calls.list(company, "q=" + marker))).as(company).isEmpty();
		}
		assertThat(titles(calls.list(SUPERVISOR, "q=" + marker))).containsExactly("IVD tender " + marker);
		ResponseEntity<JsonNode> deskView = calls.get(SUPERVISOR, id);
		assertThat(deskView.getHeaders().getETag()).isEqualTo("\"0\"");
		assertThat(names(deskView.getBody().path("matchedCompanies"))).contains(SAKURA_COMPANY).doesNotContain(ACME_COMPANY);

		ResponseEntity<JsonNode> published = calls.publish(ADVISOR, id);

		assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(published.getBody().path("status").asText()).isEqualTo("PUBLISHED");
		assertThat(published.getBody().path("publishedAt").isTextual()).isTrue();
		JsonNode seen = calls.get(ACME, id).getBody();
		assertThat(seen.path("title").asText()).isEqualTo("IVD tender " + marker);
		assertThat(seen.has("matchedCompanies")).as("for the desk only").isFalse();
		assertThat(titles(calls.list(ACME, "q=" + marker))).containsExactly("IVD tender " + marker);
		assertThat(calls.publish(SUPERVISOR, id).getStatusCode()).as("published twice").isEqualTo(HttpStatus.CONFLICT);
		assertThat(calls.history(SUPERVISOR, id).getBody().path("items").findValuesAsText("action"))
			.containsExactly("CREATED", "PUBLISHED");
	}

	@Test
	void companiesNeitherWriteNorPublishNorReadTheHistory() {
		UUID id = Api.id(calls.draft(SUPERVISOR, OpportunityCalls.tender("Draft " + marker, List.of())));

		for (String company : List.of(ACME, ACME_SECOND, SAKURA)) {
			ResponseEntity<JsonNode> refused = calls.create(company, OpportunityCalls.tender("Mine " + marker, List.of()));
			assertThat(refused.getStatusCode()).as(company).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(calls.publish(company, id).getStatusCode()).as(company).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(calls.correct(company, id, OpportunityCalls.tender("Taken " + marker, List.of()), "\"0\"")
				.getStatusCode()).as(company).isEqualTo(HttpStatus.FORBIDDEN);
		}
		calls.publish(SUPERVISOR, id);
		assertThat(calls.history(ACME, id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(calls.get(ACME, id).getBody().path("title").asText()).isEqualTo("Draft " + marker);
		assertThat(titles(calls.list(SUPERVISOR, "q=" + marker))).containsExactly("Draft " + marker);
		assertThat(calls.get(ACME, UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void theFiltersAndMatchingMyCompany() {
		Map<String, Object> ivd = OpportunityCalls.tender("IVD " + marker, List.of("IVD"));
		Map<String, Object> syringes = OpportunityCalls.tender("Syringes " + marker, List.of("IMMUNIZATION_DEVICE"));
		syringes.put("unspscCodes", List.of("42142523"));
		Map<String, Object> gavi = OpportunityCalls.tender("Gavi " + marker, List.of());
		gavi.put("agency", "GAVI");
		Map<String, Object> thermometers = OpportunityCalls.tender("Thermometers " + marker, List.of("MEDICAL_DEVICE"));
		thermometers.put("unspscCodes", List.of("42182200"));
		thermometers.put("noticeId", "RFQ-THERMO-" + marker);
		Map<String, Object> forEveryone = new LinkedHashMap<>(OpportunityCalls.tender("Everyone " + marker, List.of()));
		forEveryone.put("kind", "NEWS");
		forEveryone.put("agency", null);
		forEveryone.put("deadline", null);
		for (Map<String, Object> fields : List.of(ivd, syringes, gavi, thermometers, forEveryone)) {
			calls.published(ADVISOR, fields);
		}

		assertThat(titles(calls.list(ACME, "matching=true&q=" + marker)))
			.as("devices, UNICEF and 4214: not the IVDs, not Gavi, not 4218")
			.containsExactlyInAnyOrder("Syringes " + marker, "Everyone " + marker);
		assertThat(titles(calls.list(SAKURA, "matching=true&q=" + marker)))
			.containsExactlyInAnyOrder("IVD " + marker, "Everyone " + marker);
		assertThat(titles(calls.list(ACME, "q=" + marker))).as("without matching: every published one").hasSize(5);
		assertThat(titles(calls.list(SUPERVISOR, "matching=true&q=" + marker))).as("the desk sees all").hasSize(5);
		assertThat(titles(calls.list(ACME, "kind=NEWS&q=" + marker))).containsExactly("Everyone " + marker);
		assertThat(titles(calls.list(ACME, "agency=GAVI&q=" + marker))).containsExactly("Gavi " + marker);
		assertThat(titles(calls.list(ACME, "category=IVD&q=" + marker))).as("IVDs, and those for every category")
			.containsExactlyInAnyOrder("IVD " + marker, "Gavi " + marker, "Everyone " + marker);
		assertThat(titles(calls.list(SAKURA, "q=rfq-thermo-" + marker.toUpperCase()))).as("notice id, any case")
			.containsExactly("Thermometers " + marker);
		assertThat(titles(calls.list(ACME, "q=" + marker.toUpperCase() + "&size=2&page=0"))).hasSize(2);
		JsonNode lastPage = calls.list(ACME, "q=" + marker + "&size=2&page=2").getBody();
		assertThat(lastPage.path("total").asInt()).isEqualTo(5);
		assertThat(lastPage.path("items").size()).isEqualTo(1);
		assertThat(lastPage.path("items").get(0).path("title").asText()).as("no deadline: last")
			.isEqualTo("Everyone " + marker);
		assertThat(calls.list(ACME, "size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(calls.list(ACME, "kind=PARTY").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void refusedInputNamesEachFieldAndChangesNothing() {
		Map<String, Object> bad = OpportunityCalls.tender(" ", List.of("IVD"));
		bad.put("deadline", null);
		bad.put("url", "javascript:alert(1)");
		bad.put("unspscCodes", List.of("4214"));
		bad.put("capacity", 10);
		bad.put("title", "Bad " + marker);
		bad.put("summary", "");

		ResponseEntity<JsonNode> refused = calls.create(ADVISOR, bad);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(names(refused.getBody().path("errors"))).containsExactlyInAnyOrder("summary", "deadline", "url",
				"unspscCodes", "capacity");
		assertThat(refused.getBody().path("errors").path("url").asText()).isEqualTo("must be an https:// address");
		assertThat(titles(calls.list(SUPERVISOR, "q=" + marker))).isEmpty();

		Map<String, Object> event = OpportunityCalls.tender("Seminar " + marker, List.of());
		event.put("kind", "EVENT");
		event.put("startsAt", OpportunityCalls.inDays(10).toString());
		event.put("endsAt", OpportunityCalls.inDays(9).toString());
		event.put("deadline", OpportunityCalls.inDays(11).toString());
		event.put("capacity", 0);
		assertThat(names(calls.create(ADVISOR, event).getBody().path("errors")))
			.containsExactlyInAnyOrder("endsAt", "deadline", "capacity");
		event.remove("startsAt");
		assertThat(names(calls.create(ADVISOR, event).getBody().path("errors"))).contains("startsAt");
		assertThat(titles(calls.list(SUPERVISOR, "q=" + marker))).isEmpty();
	}

	@Test
	void aPublishedOneIsCorrectedWithTheVersionItWasReadAtAndAudited() {
		JsonNode published = calls.published(ADVISOR, OpportunityCalls.tender("Gloves " + marker, List.of("MEDICAL_DEVICE")));
		UUID id = Api.id(published);
		String etag = calls.get(ADVISOR, id).getHeaders().getETag();
		Map<String, Object> change = OpportunityCalls.tender("Gloves " + marker, List.of("MEDICAL_DEVICE"));
		change.put("noticeId", "LRFP-2026-CORRECTED");
		String newDeadline = OpportunityCalls.inDays(45).toString();
		change.put("deadline", newDeadline);

		assertThat(calls.correct(ADVISOR, id, change, null).getStatusCode()).as("no If-Match")
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(calls.correct(ADVISOR, id, change, "not-a-version").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<JsonNode> corrected = calls.correct(SUPERVISOR, id, change, etag);

		assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(corrected.getHeaders().getETag()).isNotEqualTo(etag);
		assertThat(corrected.getBody().path("noticeId").asText()).isEqualTo("LRFP-2026-CORRECTED");
		assertThat(corrected.getBody().path("status").asText()).isEqualTo("PUBLISHED");
		assertThat(calls.get(ACME, id).getBody().path("noticeId").asText()).isEqualTo("LRFP-2026-CORRECTED");

		Map<String, Object> stale = new LinkedHashMap<>(change);
		stale.put("title", "Overwritten " + marker);
		ResponseEntity<JsonNode> refused = calls.correct(ADVISOR, id, stale, etag);
		assertThat(refused.getStatusCode()).as("a correction on the old version").isEqualTo(HttpStatus.CONFLICT);
		assertThat(calls.get(ADVISOR, id).getBody().path("title").asText()).isEqualTo("Gloves " + marker);

		Map<String, Object> otherKind = new LinkedHashMap<>(change);
		otherKind.put("kind", "WHO_EOI");
		ResponseEntity<JsonNode> kind = calls.correct(ADVISOR, id, otherKind, corrected.getHeaders().getETag());
		assertThat(kind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(names(kind.getBody().path("errors"))).containsExactly("kind");
		assertThat(calls.correct(ADVISOR, id, change, corrected.getHeaders().getETag()).getHeaders().getETag())
			.as("nothing to change: same version").isEqualTo(corrected.getHeaders().getETag());

		List<JsonNode> history = new ArrayList<>();
		calls.history(SUPERVISOR, id).getBody().path("items").forEach(history::add);
		assertThat(history).extracting(record -> record.path("action").asText())
			.containsExactly("CREATED", "PUBLISHED", "CORRECTED");
		JsonNode correction = history.get(2);
		assertThat(correction.path("actor").asText()).isEqualTo(SUPERVISOR);
		assertThat(names(correction.path("changes"))).containsExactlyInAnyOrder("noticeId", "deadline");
		assertThat(correction.path("changes").path("noticeId").path("old").asText())
			.isEqualTo(published.path("noticeId").asText());
		assertThat(correction.path("changes").path("noticeId").path("new").asText()).isEqualTo("LRFP-2026-CORRECTED");
		assertThat(java.time.OffsetDateTime.parse(correction.path("changes").path("deadline").path("new").asText())
			.isEqual(java.time.OffsetDateTime.parse(newDeadline))).isTrue();
	}

	@Test
	void markupInANoticeIsKeptAsText() {
		String title = "<img src=x onerror=alert(1)> IVD " + marker;
		JsonNode published = calls.published(ADVISOR, OpportunityCalls.tender(title, List.of("IVD")));

		assertThat(calls.get(SAKURA, Api.id(published)).getBody().path("title").asText()).isEqualTo(title);
	}

	@Test
	void aDeadlineThatHasPassedIsNotPublished() {
		Map<String, Object> late = OpportunityCalls.tender("Late " + marker, List.of());
		late.put("deadline", OpportunityCalls.inDays(-1).toString());
		UUID id = Api.id(calls.draft(ADVISOR, late));

		assertThat(calls.publish(ADVISOR, id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(calls.get(ADVISOR, id).getBody().path("status").asText()).isEqualTo("DRAFT");
	}

	static List<String> titles(ResponseEntity<JsonNode> page) {
		assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.OK);
		return page.getBody().path("items").findValuesAsText("title");
	}

	static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		if (node.isArray()) {
			node.forEach(item -> names.add(item.asText()));
		}
		else {
			node.fieldNames().forEachRemaining(names::add);
		}
		return names;
	}

}
