package jp.procurementdesk.documents;

import static jp.procurementdesk.documents.LargeFiles.sha256;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a document is, whatever the client says: its type from its bytes, its file name
 * cleaned, its version from earlier uploads of the same type and name.
 */
@DeskIntegrationTest
class DocumentContentIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	CaseDocuments documents;

	@BeforeEach
	void setUp() {
		api = new Api(http);
		documents = new CaseDocuments(api);
	}

	@Test
	void anExecutableNamedPdfIsRefusedWith415() {
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';

		ResponseEntity<JsonNode> response = api.upload(ACME, caseId, "PRODUCT_DOSSIER", "dossier.pdf", exe);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(response.getBody().path("errors").path("file").asText()).contains("not accepted");
		assertThat(response.getBody().path("detail").asText()).doesNotContain("Exception");
		assertThat(documents.documents(ACME, caseId)).isEmpty();
		assertThat(documents.timeline(caseId)).noneSatisfy(entry -> assertThat(entry.path("type").asText())
			.isEqualTo("DOCUMENT_ADDED"));
	}

	@Test
	void allowedTypesAreRecognisedFromTheBytesAndEmptyFilesRefused() throws Exception {
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
				0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde };

		assertThat(documents.upload("labels.csv", "lot,expiry\nA1,2027-01-01\n".getBytes(StandardCharsets.UTF_8), caseId)
			.path("contentType").asText()).isEqualTo("text/csv");
		assertThat(documents.upload("notes.txt", "Plain notes for the dossier.".getBytes(StandardCharsets.UTF_8), caseId)
			.path("contentType").asText()).isEqualTo("text/plain");
		// A PNG sent as "photo.pdf": the bytes decide.
		assertThat(documents.upload("photo.pdf", png, caseId).path("contentType").asText()).isEqualTo("image/png");

		ResponseEntity<JsonNode> empty = api.upload(ACME, caseId, "OTHER", "empty.pdf", new byte[0]);
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(empty.getBody().path("errors").path("file").asText()).isEqualTo("is empty");

		ResponseEntity<JsonNode> html = api.upload(ACME, caseId, "OTHER", "page.txt",
				"<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

		ResponseEntity<JsonNode> unknownType = api.upload(ACME, caseId, "PASSPORT", "a.pdf", Api.pdf("x"));
		assertThat(unknownType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void pathPartsAndControlCharactersAreRemovedFromFileNames() {
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));

		JsonNode passwd = documents.upload("../../etc/passwd",
				"root:x:0:0:root:/root:/bin/bash\n".getBytes(StandardCharsets.UTF_8), caseId);
		JsonNode windows = documents.upload("C:\\Users\\x\\..\\report\u202Efdp.exe\u0007.pdf", Api.pdf("w"), caseId);
		JsonNode japanese = documents.upload("製品ドシエ 第1版.pdf", Api.pdf("ja"), caseId);

		assertThat(passwd.path("fileName").asText()).isEqualTo("passwd");
		assertThat(passwd.path("originalFileName").asText()).isEqualTo("../../etc/passwd");
		assertThat(windows.path("fileName").asText()).isEqualTo("reportfdp.exe.pdf");
		assertThat(jdbc.queryForObject("select count(*) from desk.document where case_id = ? and file_name like '%/%'",
				Integer.class, caseId)).isZero();
		ResponseEntity<byte[]> download = api.download(ACME, Api.id(passwd));
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"passwd\"");
		assertThat(download.getHeaders().getContentType().toString()).isEqualTo("text/plain");
		assertThat(api.download(ACME, Api.id(japanese)).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"_____ _1_.pdf\"; "
					+ "filename*=UTF-8''%E8%A3%BD%E5%93%81%E3%83%89%E3%82%B7%E3%82%A8%20%E7%AC%AC1%E7%89%88.pdf");
	}

	@Test
	void theSameTypeAndNameMakeTheNextVersionAndOldVersionsStayDownloadable() {
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		byte[] first = "first draft of the instructions".getBytes(StandardCharsets.UTF_8);
		byte[] second = "second, corrected draft of the instructions".getBytes(StandardCharsets.UTF_8);

		JsonNode one = documents.upload("ifu.txt", first, caseId, "INSTRUCTIONS_FOR_USE");
		JsonNode two = documents.upload("ifu.txt", second, caseId, "INSTRUCTIONS_FOR_USE");
		JsonNode otherType = documents.upload("ifu.txt", second, caseId, "LABELLING");

		assertThat(one.path("version").asInt()).isEqualTo(1);
		assertThat(two.path("version").asInt()).isEqualTo(2);
		assertThat(otherType.path("version").asInt()).isEqualTo(1);
		assertThat(api.download(ACME, Api.id(one)).getBody()).isEqualTo(first);
		assertThat(api.download(ACME, Api.id(two)).getBody()).isEqualTo(second);
		assertThat(one.path("sha256").asText()).isEqualTo(sha256(first));
		List<JsonNode> listed = documents.documents(ACME, caseId);
		assertThat(listed).extracting(document -> document.path("id").asText())
			.containsExactly(otherType.path("id").asText(), two.path("id").asText(), one.path("id").asText());
		JsonNode page = api.get(ACME, "/api/cases/" + caseId + "/documents?size=2").getBody();
		assertThat(page.path("total").asInt()).isEqualTo(3);
		assertThat(page.path("size").asInt()).isEqualTo(2);
		assertThat(page.path("items")).hasSize(2);
	}

}
