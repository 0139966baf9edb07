package jp.procurementdesk.operations;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskProcess;
import jp.procurementdesk.support.RestartablePostgres;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while a slow upload is in flight: the application (packaged, in its own JVM) lets
 * the request finish (201, the document stored) before it exits; its job executor stops
 * acquiring jobs before the web server starts draining.
 */
class GracefulShutdownIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void requestInFlightCompletesDuringShutdown() throws Exception {
		Map<String, Object> properties = DeskProcess.withTestKeycloak();
		properties.put("spring.lifecycle.timeout-per-shutdown-phase", "30s");
		try (RestartablePostgres postgres = RestartablePostgres.start(Path.of("target/shutdown-postgres"))) {
			properties.putAll(postgres.applicationProperties());
			try (DeskProcess desk = DeskProcess.start("graceful-shutdown", properties)) {
				desk.await("/actuator/health/readiness", Duration.ofMinutes(4));
				String token = Tokens.accessToken(ACME);
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				String caseId = openCase(http, desk, token);

				// The upload's body stops half-way until the shutdown has begun.
				CountDownLatch shutdownBegun = new CountDownLatch(1);
				byte[] body = multipart("----desk-boundary", Api.pdf("graceful shutdown ".repeat(2000)));
				HttpRequest upload = HttpRequest.newBuilder(URI.create(desk.url() + "/api/cases/" + caseId + "/documents"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "multipart/form-data; boundary=----desk-boundary")
					.timeout(Duration.ofSeconds(90))
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new HeldBack(body, body.length / 2, shutdownBegun)))
					.build();
				CompletableFuture<HttpResponse<String>> response = http.sendAsync(upload,
						HttpResponse.BodyHandlers.ofString());
				Thread.sleep(2_000);
				assertThat(response).as("the upload is still in flight").isNotDone();

				CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> desk.terminate(Duration.ofSeconds(90)));
				awaitLog(desk, "Commencing graceful shutdown");
				Thread.sleep(1_000);
				shutdownBegun.countDown();

				HttpResponse<String> answer = response.get(60, TimeUnit.SECONDS);
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
				int exitCode = exit.get(90, TimeUnit.SECONDS);
				String log = desk.logText();
				int jobExecutorStopped = log.indexOf("Job executor stopped: no new jobs are acquired");
				int draining = log.indexOf("Commencing graceful shutdown");
				int drained = log.indexOf("Graceful shutdown complete");
				assertThat(jobExecutorStopped).as("job executor stopped").isPositive();
				assertThat(draining).as("job executor stopped before the web server drains").isGreaterThan(jobExecutorStopped);
				assertThat(drained).as("graceful shutdown completed").isGreaterThan(draining);
				assertThat(exitCode).as("exit code after SIGTERM").isIn(0, 143);

				String documentId = JSON.readTree(answer.body()).path("id").asText();
				try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres");
						Statement statement = db.createStatement();
						ResultSet rows = statement.executeQuery(
								"select size from desk.document where id = '" + UUID.fromString(documentId) + "'")) {
					assertThat(rows.next()).as("the document was stored").isTrue();
				}
				System.out.println("graceful shutdown: the upload in flight at SIGTERM answered 201, the JVM exited with "
						+ exitCode + "; job executor stopped before the web server drained");
			}
		}
	}

	private static String openCase(HttpClient http, DeskProcess desk, String token) throws Exception {
		HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(desk.url() + "/api/cases"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"productName":"Shutdown test kit","productCategory":"IVD","pathways":["WHO_PQ"],
					 "targetAgencies":["UNICEF"],"summary":"A case to upload to."}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		JsonNode body = JSON.readTree(opened.body());
		return body.path("id").asText();
	}

	private static void awaitLog(DeskProcess desk, String text) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!desk.logText().contains(text)) {
			assertThat(System.nanoTime()).as("'" + text + "' in " + desk.log()).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static byte[] multipart(String boundary, byte[] pdf) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nPRODUCT_DOSSIER\r\n");
		write(body, "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dossier.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
		body.writeBytes(pdf);
		write(body, "\r\n--" + boundary + "--\r\n");
		return body.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}

	/** The bytes, with a pause at {@code holdAt} until the latch opens: a slow client. */
	private static final class HeldBack extends InputStream {

		private final byte[] bytes;

		private final int holdAt;

		private final CountDownLatch release;

		private int position;

		HeldBack(byte[] bytes, int holdAt, CountDownLatch release) {
			this.bytes = bytes;
			this.holdAt = holdAt;
			this.release = release;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (position == holdAt) {
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new UncheckedIOException(new IOException(ex));
				}
			}
			if (position >= bytes.length) {
				return -1;
			}
			int end = position < holdAt ? holdAt : bytes.length;
			int n = Math.min(length, end - position);
			System.arraycopy(bytes, position, buffer, offset, n);
			position += n;
			return n;
		}

	}

}
