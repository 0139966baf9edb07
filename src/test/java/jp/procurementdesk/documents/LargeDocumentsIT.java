package jp.procurementdesk.documents;

import static jp.procurementdesk.documents.LargeFiles.MB;
import static jp.procurementdesk.documents.LargeFiles.sha256;
import static jp.procurementdesk.documents.LargeFiles.usedHeapAfterGc;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Large documents through the REST API with real tokens, stored in PostgreSQL (the default
 * storage): streamed both ways without the heap holding them, refused beyond the limit.
 */
@DeskIntegrationTest
class LargeDocumentsIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@LocalServerPort
	int port;

	Api api;

	CaseDocuments documents;

	LargeFiles files;

	@BeforeEach
	void setUp() {
		api = new Api(http);
		documents = new CaseDocuments(api);
		files = new LargeFiles(port);
	}

	@Test
	void twentyMegabytesGoUpAndComeBackIdenticalWithoutTheHeapHoldingThem() throws Exception {
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		long size = 20 * MB;
		String expected = sha256(new GeneratedPdf(size));

		long before = usedHeapAfterGc();
		HttpResponse<String> uploaded = files.streamUpload(ACME, caseId, "PRODUCT_DOSSIER", "big-dossier.pdf", size);
		long afterUpload = usedHeapAfterGc();
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		JsonNode document = json.readTree(uploaded.body());
		assertThat(document.path("size").asLong()).isEqualTo(size);
		assertThat(document.path("sha256").asText()).isEqualTo(expected);
		assertThat(document.path("contentType").asText()).isEqualTo("application/pdf");
		assertThat(document.path("version").asInt()).isEqualTo(1);
		assertThat(document.path("uploadedBy").asText()).isEqualTo(ACME);
		assertThat(document.path("caseId").asText()).isEqualTo(caseId.toString());
		assertThat(uploaded.headers().firstValue("Location")).hasValue("/api/documents/" + Api.id(document) + "/content");

		// Stored in 1 MB chunks, not as one value.
		Map<String, Object> chunks = jdbc.queryForMap(
				"select count(*) as n, max(length(data)) as largest from desk.document_chunk where document_id = ?",
				Api.id(document));
		assertThat(((Number) chunks.get("n")).longValue()).isEqualTo(20);
		assertThat(((Number) chunks.get("largest")).longValue()).isEqualTo(MB);

		HttpResponse<InputStream> download = files.streamDownload(ACME, Api.id(document));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(size);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"big-dossier.pdf\"");
		String downloaded;
		try (InputStream body = download.body()) {
			downloaded = sha256(body);
		}
		long afterDownload = usedHeapAfterGc();

		assertThat(downloaded).isEqualTo(expected);
		assertThat(afterUpload - before).as("heap growth by the upload").isLessThan(15 * MB);
		assertThat(afterDownload - before).as("heap growth by the download").isLessThan(15 * MB);
		assertThat(documents.timeline(caseId)).anySatisfy(entry -> {
			assertThat(entry.path("type").asText()).isEqualTo("DOCUMENT_ADDED");
			assertThat(entry.path("details").path("sha256").asText()).isEqualTo(expected);
			assertThat(entry.path("details").path("size").asLong()).isEqualTo(size);
			assertThat(entry.path("details").path("version").asInt()).isEqualTo(1);
			assertThat(entry.path("details").path("fileName").asText()).isEqualTo("big-dossier.pdf");
			assertThat(entry.path("details").path("type").asText()).isEqualTo("PRODUCT_DOSSIER");
		}).anySatisfy(entry -> {
			assertThat(entry.path("type").asText()).isEqualTo("DOCUMENT_DOWNLOADED");
			assertThat(entry.path("actor").asText()).isEqualTo(ACME);
		});
	}

	@Test
	void twentySixMegabytesAreRefusedWith413NamingTheLimit() throws Exception {
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));

		HttpResponse<String> response = files.streamUpload(ACME, caseId, "PRODUCT_DOSSIER", "too-big.pdf", 26 * MB);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("detail").asText()).isEqualTo("The file is larger than the limit of 25 MB.");
		assertThat(problem.path("errors").path("file").asText()).isEqualTo("is larger than the limit of 25 MB");
		assertThat(documents.documents(ACME, caseId)).isEmpty();
	}

}
