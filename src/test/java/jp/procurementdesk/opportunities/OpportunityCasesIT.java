package jp.procurementdesk.opportunities;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.FullJourney;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A company opens a case from a published notice in one call (docs/opportunities.md#a-case-from-a-notice):
 * the pathway of the notice's kind, the notice linked, its agency a target; for a tender the
 * advisor's {@code identify-tender} starts with the notice's agency, id, title and deadline.
 */
@DeskIntegrationTest
class OpportunityCasesIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Opportunities opportunities;

	@Test
	void aTenderOpensAUnProcurementCaseWhoseIdentifyTenderStartsFilledIn() {
		Api api = new Api(http);
		OpportunityView tender = new Notices(opportunities).ivdTender("Malaria RDTs, LTA " + UUID.randomUUID());

		ResponseEntity<JsonNode> opened = api.post(SAKURA, "/api/opportunities/" + tender.id() + "/cases",
				Map.of("productName", "Sakura Malaria Ag P.f/Pan", "productCategory", "IVD", "summary",
						"We want to bid for this tender.", "targetAgencies", List.of("GLOBAL_FUND")));

		assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
		JsonNode opencase = opened.getBody();
		UUID caseId = Api.id(opencase);
		assertThat(opened.getHeaders().getLocation()).hasToString("/api/cases/" + caseId);
		assertThat(texts(opencase.path("pathways"))).containsExactly("UN_PROCUREMENT");
		assertThat(texts(opencase.path("targetAgencies"))).containsExactlyInAnyOrder("UNICEF", "GLOBAL_FUND");
		assertThat(opencase.path("kind").asText()).isEqualTo("SUPPORT");
		assertThat(opencase.path("status").asText()).isEqualTo("TRIAGE");
		assertThat(opencase.path("companyId").asText()).isEqualTo("sakura-diagnostics");
		assertThat(jdbc.sql("select opportunity_id from desk.support_case where id = :id").param("id", caseId)
			.query(UUID.class).single()).isEqualTo(tender.id());
		JsonNode openedRecord = new FullJourney(api).timeline(SAKURA, caseId).get(0);
		assertThat(openedRecord.path("type").asText()).isEqualTo("CASE_OPENED");
		assertThat(openedRecord.path("details").path("opportunityId").asText()).isEqualTo(tender.id().toString());
		assertThat(openedRecord.path("details").path("opportunityTitle").asText()).isEqualTo(tender.title());
		assertThat(api.get(ACME, "/api/cases/" + caseId).getStatusCode()).as("another company").isEqualTo(HttpStatus.NOT_FOUND);

		FullJourney journey = new FullJourney(api);
		journey.accept(SAKURA, caseId, "UN_PROCUREMENT");
		api.complete(SAKURA, caseId, "ungm-registration", Map.of("ungmVendorId", "UNGM-445566", "ungmLevel", "BASIC"));
		api.complete(ADVISOR, caseId, "verify-registration", Map.of("result", "VERIFIED"));
		String taskId = api.taskId(ADVISOR, caseId, "identify-tender");
		JsonNode task = api.get(ADVISOR, "/api/tasks/" + taskId).getBody();
		Map<String, JsonNode> fields = new HashMap<>();
		task.path("fields").forEach(field -> fields.put(field.path("name").asText(), field));
		assertThat(fields.get("agency").path("value").asText()).isEqualTo("UNICEF");
		assertThat(fields.get("noticeId").path("value").asText()).isEqualTo(tender.noticeId());
		assertThat(fields.get("title").path("value").asText()).isEqualTo(tender.title());
		assertThat(OffsetDateTime.parse(fields.get("submissionDeadline").path("value").asText()))
			.isEqualTo(tender.deadline());
		assertThat(fields.get("submissionDeadline").path("value").asText()).endsWith("+09:00");
		assertThat(fields.get("tenderType").has("value")).as("the notice does not say").isFalse();

		// The advisor corrects what the notice got wrong and confirms the rest.
		api.complete(ADVISOR, caseId, "identify-tender", Map.of("agency", "UNICEF", "noticeId", tender.noticeId(),
				"tenderType", "RFP", "submissionDeadline", tender.deadline().toString(), "title", "Corrected title"));
		assertThat(api.taskId(SUPERVISOR, caseId, "go-no-go")).isNotBlank();
	}

	@Test
	void anEoiAndACompendiumCallOpenTheirPathwaysAndAProductOfTheRegisterMayBeNamed() {
		Api api = new Api(http);
		Notices notices = new Notices(opportunities);
		OpportunityView eoi = notices.published(Notices.tender("WHO EOI " + UUID.randomUUID(), OpportunityKind.WHO_EOI,
				ProductCategory.IVD));
		OpportunityView call = notices.published(Notices.tender("Compendium call " + UUID.randomUUID(),
				OpportunityKind.COMPENDIUM_CALL, ProductCategory.IVD));

		JsonNode pq = created(api.post(SAKURA, "/api/opportunities/" + eoi.id() + "/cases", inquiry()));
		JsonNode compendium = created(api.post(SAKURA, "/api/opportunities/" + call.id() + "/cases", inquiry()));

		assertThat(texts(pq.path("pathways"))).containsExactly("WHO_PQ");
		assertThat(texts(compendium.path("pathways"))).containsExactly("COMPENDIUM");

		// Another company may open its own case from the same published notice.
		JsonNode acmes = created(api.post(ACME, "/api/opportunities/" + eoi.id() + "/cases", Map.of("productName",
				"Acme syringe", "productCategory", "IMMUNIZATION_DEVICE", "summary", "Ours too.")));
		assertThat(acmes.path("companyId").asText()).isEqualTo("acme-medical");
		assertThat(api.get(SAKURA, "/api/cases/" + Api.id(acmes)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusalsAnswer404403409And400AndOpenNothing() {
		Api api = new Api(http);
		Notices notices = new Notices(opportunities);
		OpportunityView draft = notices.draft(Notices.tender("Draft tender " + UUID.randomUUID(), OpportunityKind.UN_TENDER,
				ProductCategory.IVD));
		OpportunityView event = notices.published(Notices.event("Seminar " + UUID.randomUUID()));
		OpportunityView closed = notices.ivdTender("Closed tender " + UUID.randomUUID());
		jdbc.sql("update desk.opportunity set status = 'CLOSED', closed_at = now() where id = :id")
			.param("id", closed.id())
			.update();
		OpportunityView open = notices.ivdTender("Open tender " + UUID.randomUUID());
		long before = casesOfSakura();

		assertThat(status(api, SAKURA, draft.id(), inquiry())).as("a draft").isEqualTo(404);
		assertThat(status(api, SAKURA, UUID.randomUUID(), inquiry())).as("unknown").isEqualTo(404);
		assertThat(status(api, ADVISOR, open.id(), inquiry())).as("the desk").isEqualTo(403);
		assertThat(status(api, SAKURA, closed.id(), inquiry())).as("closed").isEqualTo(409);
		assertThat(status(api, SAKURA, event.id(), inquiry())).as("an event opens no case").isEqualTo(409);
		ResponseEntity<JsonNode> unnamed = api.post(SAKURA, "/api/opportunities/" + open.id() + "/cases",
				Map.of("summary", "No product."));
		assertThat(unnamed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unnamed.getBody().path("errors").has("productName")).isTrue();
		assertThat(unnamed.getBody().path("errors").has("productCategory")).isTrue();
		ResponseEntity<JsonNode> noSummary = api.post(SAKURA, "/api/opportunities/" + open.id() + "/cases",
				Map.of("productName", "Kit", "productCategory", "IVD"));
		assertThat(noSummary.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noSummary.getBody().path("errors").has("summary")).isTrue();
		assertThat(casesOfSakura()).as("nothing opened").isEqualTo(before);
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyAnswersTheSameCase() {
		Api api = new Api(http);
		OpportunityView tender = new Notices(opportunities).ivdTender("Retried tender " + UUID.randomUUID());
		HttpHeaders headers = api.headers(SAKURA);
		headers.set("Idempotency-Key", "retry-" + UUID.randomUUID());

		JsonNode first = created(api.post(SAKURA, "/api/opportunities/" + tender.id() + "/cases", inquiry(), headers));
		JsonNode again = created(api.post(SAKURA, "/api/opportunities/" + tender.id() + "/cases", inquiry(), headers));

		assertThat(Api.id(again)).isEqualTo(Api.id(first));
	}

	private static Map<String, Object> inquiry() {
		return Map.of("productName", "Sakura HIV 1/2 test", "productCategory", "IVD", "summary", "From the notice.");
	}

	private static JsonNode created(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		return response.getBody();
	}

	private static int status(Api api, String user, UUID opportunityId, Object body) {
		return api.post(user, "/api/opportunities/" + opportunityId + "/cases", body).getStatusCode().value();
	}

	private long casesOfSakura() {
		return jdbc.sql("select count(*) from desk.support_case where company_id = 'sakura-diagnostics'")
			.query(Long.class)
			.single();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new java.util.ArrayList<>();
		array.forEach(each -> texts.add(each.asText()));
		return texts;
	}

}
