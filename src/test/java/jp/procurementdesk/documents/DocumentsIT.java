package jp.procurementdesk.documents;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Documents through the REST API with real tokens, stored in PostgreSQL (the default storage). */
@DeskIntegrationTest
class DocumentsIT {

	static final long MB = 1024 * 1024;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(http);
	}

	@Test
	void twentyMegabytesGoUpAndComeBackIdenticalWithoutTheHeapHoldingThem() throws Exception {
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		long size = 20 * MB;
		String expected = sha256(new GeneratedPdf(size));

		long before = usedHeapAfterGc();
		HttpResponse<String> uploaded = streamUpload(ACME, caseId, "PRODUCT_DOSSIER", "big-dossier.pdf", size);
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

		HttpResponse<InputStream> download = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
			.send(HttpRequest.newBuilder(URI.create(url("/api/documents/" + Api.id(document) + "/content")))
				.header("Authorization", "Bearer " + Tokens.cachedAccessToken(ACME))
				.build(), HttpResponse.BodyHandlers.ofInputStream());
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
		assertThat(timeline(caseId)).anySatisfy(entry -> {
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

		HttpResponse<String> response = streamUpload(ACME, caseId, "PRODUCT_DOSSIER", "too-big.pdf", 26 * MB);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("detail").asText()).isEqualTo("The file is larger than the limit of 25 MB.");
		assertThat(problem.path("errors").path("file").asText()).isEqualTo("is larger than the limit of 25 MB");
		assertThat(documents(ACME, caseId)).isEmpty();
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
		assertThat(documents(ACME, caseId)).isEmpty();
		assertThat(timeline(caseId)).noneSatisfy(entry -> assertThat(entry.path("type").asText())
			.isEqualTo("DOCUMENT_ADDED"));
	}

	@Test
	void allowedTypesAreRecognisedFromTheBytesAndEmptyFilesRefused() throws Exception {
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
				0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde };

		assertThat(upload("labels.csv", "lot,expiry\nA1,2027-01-01\n".getBytes(StandardCharsets.UTF_8), caseId)
			.path("contentType").asText()).isEqualTo("text/csv");
		assertThat(upload("notes.txt", "Plain notes for the dossier.".getBytes(StandardCharsets.UTF_8), caseId)
			.path("contentType").asText()).isEqualTo("text/plain");
		// A PNG sent as "photo.pdf": the bytes decide.
		assertThat(upload("photo.pdf", png, caseId).path("contentType").asText()).isEqualTo("image/png");

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

		JsonNode passwd = upload("../../etc/passwd", "root:x:0:0:root:/root:/bin/bash\n".getBytes(StandardCharsets.UTF_8),
				caseId);
		JsonNode windows = upload("C:\\Users\\x\\..\\report\u202Efdp.exe\u0007.pdf", Api.pdf("w"), caseId);
		JsonNode japanese = upload("製品ドシエ 第1版.pdf", Api.pdf("ja"), caseId);

		assertThat(passwd.path("fileName").asText()).isEqualTo("passwd");
		assertThat(passwd.path("originalFileName").asText()).isEqualTo("../../etc/passwd");
		assertThat(windows.path("fileName").asText()).isEqualTo("reportfdp.exe.pdf");
		assertThat(integer("select count(*) from desk.document where case_id = ? and file_name like '%/%'", caseId))
			.isZero();
		ResponseEntity<byte[]> download = api.download(ACME, Api.id(passwd));
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"passwd\"");
		assertThat(download.getHeaders().getContentType().toString()).isEqualTo("text/plain");
		assertThat(api.download(ACME, Api.id(japanese)).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"_____ _1_.pdf\"; "
					+ "filename*=UTF-8''%E8%A3%BD%E5%93%81%E3%83%89%E3%82%B7%E3%82%A8%20%E7%AC%AC1%E7%89%88.pdf");
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
			assertThat(documents(insider, caseId)).as(insider).hasSize(1);
			assertThat(api.download(insider, document).getStatusCode()).as(insider).isEqualTo(HttpStatus.OK);
		}
		assertThat(timeline(caseId).stream().filter(entry -> "DOCUMENT_DOWNLOADED".equals(entry.path("type").asText())))
			.hasSize(4);
	}

	@Test
	void prepareDossierNeedsTheDocumentsOfItsStream() {
		UUID caseId = Api.id(api.openCase(ACME, "MEDICINE", "WHO_PQ"));
		accept(caseId, "WHO_PQ");
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

	@Test
	void theSameTypeAndNameMakeTheNextVersionAndOldVersionsStayDownloadable() {
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		byte[] first = "first draft of the instructions".getBytes(StandardCharsets.UTF_8);
		byte[] second = "second, corrected draft of the instructions".getBytes(StandardCharsets.UTF_8);

		JsonNode one = upload("ifu.txt", first, caseId, "INSTRUCTIONS_FOR_USE");
		JsonNode two = upload("ifu.txt", second, caseId, "INSTRUCTIONS_FOR_USE");
		JsonNode otherType = upload("ifu.txt", second, caseId, "LABELLING");

		assertThat(one.path("version").asInt()).isEqualTo(1);
		assertThat(two.path("version").asInt()).isEqualTo(2);
		assertThat(otherType.path("version").asInt()).isEqualTo(1);
		assertThat(api.download(ACME, Api.id(one)).getBody()).isEqualTo(first);
		assertThat(api.download(ACME, Api.id(two)).getBody()).isEqualTo(second);
		assertThat(one.path("sha256").asText()).isEqualTo(sha256(first));
		List<JsonNode> listed = documents(ACME, caseId);
		assertThat(listed).extracting(document -> document.path("id").asText())
			.containsExactly(otherType.path("id").asText(), two.path("id").asText(), one.path("id").asText());
		JsonNode page = api.get(ACME, "/api/cases/" + caseId + "/documents?size=2").getBody();
		assertThat(page.path("total").asInt()).isEqualTo(3);
		assertThat(page.path("size").asInt()).isEqualTo(2);
		assertThat(page.path("items")).hasSize(2);
	}

	private JsonNode upload(String fileName, byte[] content, UUID caseId) {
		return upload(fileName, content, caseId, "OTHER");
	}

	private JsonNode upload(String fileName, byte[] content, UUID caseId, String type) {
		ResponseEntity<JsonNode> response = api.upload(ACME, caseId, type, fileName, content);
		assertThat(response.getStatusCode()).as(fileName + ": " + response.getBody()).isEqualTo(HttpStatus.CREATED);
		return response.getBody();
	}

	private List<JsonNode> documents(String user, UUID caseId) {
		ResponseEntity<JsonNode> response = api.get(user, "/api/cases/" + caseId + "/documents?size=100");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return StreamSupport.stream(response.getBody().path("items").spliterator(), false).toList();
	}

	private List<JsonNode> timeline(UUID caseId) {
		return StreamSupport.stream(api.get(SUPERVISOR, "/api/cases/" + caseId + "/timeline").getBody().path("items")
			.spliterator(), false).toList();
	}

	private int integer(String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Integer.class, arguments);
	}

	private void accept(UUID caseId, String... pathways) {
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways",
				List.of(pathways)));
		api.complete(ADVISOR, caseId, "initial-consultation", Map.of("readiness", "GAPS", "plan",
				"Close the gaps in the dossier, then submit.", "pathways", List.of(pathways)));
		api.complete(ACME, caseId, "approve-plan", Map.of("accept", true));
	}

	/** A multipart upload whose file part is generated while it is sent: the test holds no copy either. */
	private HttpResponse<String> streamUpload(String user, UUID caseId, String type, String fileName, long size)
			throws IOException, InterruptedException {
		String boundary = "desk-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/cases/" + caseId + "/documents")))
			.header("Authorization", "Bearer " + Tokens.cachedAccessToken(user))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
					() -> new SequenceInputStream(new SequenceInputStream(new java.io.ByteArrayInputStream(head),
							new GeneratedPdf(size)), new java.io.ByteArrayInputStream(tail))),
					head.length + size + tail.length))
			.build();
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request,
				HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
			used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
		}
		return used;
	}

	static String sha256(InputStream in) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) > 0) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static String sha256(byte[] content) {
		try {
			return sha256(new java.io.ByteArrayInputStream(content));
		}
		catch (IOException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** A PDF header followed by pseudo-random bytes, made up as it is read, never held whole. */
	static final class GeneratedPdf extends InputStream {

		private static final byte[] HEADER = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);

		private final long size;

		private long position;

		private long state = 0x9E3779B97F4A7C15L;

		GeneratedPdf(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (position >= size) {
				return -1;
			}
			return next() & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (position >= size) {
				return -1;
			}
			int n = (int) Math.min(length, size - position);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = next();
			}
			return n;
		}

		private byte next() {
			long at = position++;
			if (at < HEADER.length) {
				return HEADER[(int) at];
			}
			state ^= state << 13;
			state ^= state >>> 7;
			state ^= state << 17;
			return (byte) state;
		}

	}

}
