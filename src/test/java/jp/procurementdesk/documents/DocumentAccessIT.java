package jp.procurementdesk.documents;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.FullJourney;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who sees a case's documents, and the documents a task needs before it can be completed. */
@DeskIntegrationTest
class DocumentAccessIT {

	@Autowired
	TestRestTemplate http;

	Api api;

	CaseDocuments documents;

	@BeforeEach
	void setUp() {
		api = new Api(http);
		documents = new CaseDocuments(api);
	}

	@Test
	void onlyThoseWhoSeeTheCaseSeeItsDocuments() {
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "UN_PROCUREMENT"));
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways",
				List.of("UN_PROCUREMENT")));
		UUID document = Api.id(api.uploadPdf(ACME, caseId, "CERTIFICATE_OF_INCORPORATION"));

		for (String outsider : List.of(SAKURA, OTHER_ADVISOR)) {
			assertThat(api.get(outsider, "/api/cases/" + caseId + "/documents").getStatusCode()).as(outsider)
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(api.download(outsider, document).getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(api.upload(outsider, caseId, "OTHER", "x.pdf", Api.pdf("x")).getStatusCode()).as(outsider)
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(api.download(SAKURA, UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		for (String insider : List.of(ACME, ACME_SECOND, ADVISOR, SUPERVISOR)) {
			assertThat(documents.documents(insider, caseId)).as(insider).hasSize(1);
			assertThat(api.download(insider, document).getStatusCode()).as(insider).isEqualTo(HttpStatus.OK);
		}
		assertThat(documents.timeline(caseId).stream()
			.filter(entry -> "DOCUMENT_DOWNLOADED".equals(entry.path("type").asText()))).hasSize(4);
	}

	@Test
	void prepareDossierNeedsTheDocumentsOfItsStream() {
		UUID caseId = Api.id(api.openCase(ACME, "MEDICINE", "WHO_PQ"));
		new FullJourney(api).accept(caseId, "WHO_PQ");
		api.complete(ADVISOR, caseId, "pq-eligibility", Map.of("stream", "MEDICINE", "route", "FULL", "eligible", true));
		String task = api.taskId(ACME, caseId, "prepare-dossier");

		ResponseEntity<JsonNode> blocked = api.post(ACME, "/api/tasks/" + task + "/complete", Map.of());
		assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(blocked.getBody().path("errors").path("documents").asText())
			.isEqualTo("these documents are still missing: PRODUCT_DOSSIER, SITE_MASTER_FILE, GMP_CERTIFICATE");

		api.uploadPdf(ACME, caseId, "PRODUCT_DOSSIER");
		api.uploadPdf(ADVISOR, caseId, "SITE_MASTER_FILE");
		api.uploadPdf(ACME, caseId, "OTHER");
		ResponseEntity<JsonNode> stillBlocked = api.post(ACME, "/api/tasks/" + task + "/complete", Map.of());
		assertThat(stillBlocked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(stillBlocked.getBody().path("errors").path("documents").asText())
			.isEqualTo("these documents are still missing: GMP_CERTIFICATE");

		api.uploadPdf(SUPERVISOR, caseId, "GMP_CERTIFICATE");
		api.complete(ACME, caseId, "prepare-dossier", Map.of());
		assertThat(api.taskId(ADVISOR, caseId, "review-dossier")).isNotBlank();
	}

}
