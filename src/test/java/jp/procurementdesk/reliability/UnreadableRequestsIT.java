package jp.procurementdesk.reliability;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server errors the fuzz test found, one request each, as a client would send them: every
 * one is now the client's 4xx, and an API error is a problem detail.
 */
@DeskIntegrationTest
class UnreadableRequestsIT {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate http;

	@LocalServerPort
	int port;

	@Test
	void aWildcardContentTypeIs415NotAServerError() throws Exception {
		HttpResponse<String> cases = send(request("/api/cases", ACME).header("Content-Type", "application/*")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		HttpResponse<String> health = send(request("/actuator/health", null).header("Content-Type", "*/*").GET());

		assertProblem(cases, 415);
		assertThat(health.statusCode()).isEqualTo(415);
	}

	@Test
	void aFilePartWhereTheTypeFieldBelongsIs400NamingIt() throws Exception {
		UUID caseId = Api.id(new Api(http).openCase(ACME, "IVD", "WHO_PQ"));
		String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n"
				+ "--b\r\nContent-Disposition: form-data; name=\"type\"; filename=\"type.txt\"\r\n\r\nOTHER\r\n--b--\r\n";

		HttpResponse<String> upload = send(request("/api/cases/" + caseId + "/documents", ACME)
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(HttpRequest.BodyPublishers.ofString(body)));

		assertProblem(upload, 400);
		assertThat(JSON.readTree(upload.body()).path("errors").has("type")).as(upload.body()).isTrue();
	}

	@Test
	void aPageRequestThatSaysMultipartButIsNotIs400() throws Exception {
		WebLogin.Session session = WebLogin.signIn("http://localhost:" + port, ACME);

		HttpResponse<String> notifications = send(HttpRequest.newBuilder(uri("/notifications?page=1"))
			.header("Cookie", "JSESSIONID=" + session.cookie())
			.header("Content-Type", "multipart/form-data; boundary=")
			.GET());
		HttpResponse<String> nulInFileName = send(HttpRequest.newBuilder(uri("/notifications/read-all"))
			.header("Cookie", "JSESSIONID=" + session.cookie())
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\0b\"\r\n\r\nx\r\n"
					+ "--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + session.csrfToken() + "\r\n--b--\r\n")));

		assertThat(notifications.statusCode()).isEqualTo(400);
		assertThat(nulInFileName.statusCode()).isEqualTo(400);
		assertThat(Fuzzer.LEAK.matcher(notifications.body() + nulInFileName.body()).find()).isFalse();
	}

	@Test
	void errorsBeforeAnyControllerAreProblemDetailsUnderApi() throws Exception {
		assertProblem(send(request("/api/cases", ACME).PUT(HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json")), 405);
		assertProblem(send(request("/api/no-such-thing", ACME).GET()), 404);
		// Tomcat refuses an encoded NUL in the path before Spring sees it.
		assertProblem(send(request("/api/cases/%00", ACME).GET()), 400);
	}

	@Test
	void aChangeWhoseAnswerTheClientCannotAcceptIs406AndNothingIsDone() throws Exception {
		Api api = new Api(http);
		long before = api.get(ACME, "/api/cases?size=1").getBody().path("total").asLong();
		String inquiry = "{\"productName\":\"Net\",\"productCategory\":\"IVD\",\"pathways\":[\"WHO_PQ\"],"
				+ "\"targetAgencies\":[],\"summary\":\"Accept says no JSON\"}";

		HttpResponse<String> garbage = send(request("/api/cases", ACME).header("Content-Type", "application/json")
			.header("Accept", "garbage")
			.POST(HttpRequest.BodyPublishers.ofString(inquiry)));
		HttpResponse<String> html = send(request("/api/cases", ACME).header("Content-Type", "application/json")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(inquiry)));

		assertThat(garbage.statusCode()).isEqualTo(406);
		assertThat(html.statusCode()).isEqualTo(406);
		assertThat(api.get(ACME, "/api/cases?size=1").getBody().path("total").asLong()).isEqualTo(before);
	}

	@Test
	void textWithANulCharacterIsRefusedAndNothingIsStored() throws Exception {
		Api api = new Api(http);
		long before = api.get(ACME, "/api/cases?size=1").getBody().path("total").asLong();

		HttpResponse<String> inquiry = send(request("/api/cases", ACME).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"productName\":\"Net\\u0000\",\"productCategory\":\"IVD\","
					+ "\"pathways\":[\"WHO_PQ\"],\"targetAgencies\":[],\"summary\":\"NUL in the name\"}")));
		HttpResponse<String> search = send(request("/api/cases?q=%00", ACME).GET());

		assertProblem(inquiry, 400);
		assertProblem(search, 400);
		assertThat(api.get(ACME, "/api/cases?size=1").getBody().path("total").asLong()).isEqualTo(before);
	}

	@Test
	void theErrorPageVisitedDirectlyDoesNotExist() throws Exception {
		assertThat(send(HttpRequest.newBuilder(uri("/error")).GET()).statusCode()).isEqualTo(404);
		assertThat(send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html").GET()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void theEngineRestApiAnswers404ForIdsThatDoNotExist() throws Exception {
		String missing = UUID.randomUUID().toString();

		HttpResponse<String> variables = send(request("/engine-rest/task/" + missing + "/variables", SUPERVISOR).GET());
		HttpResponse<String> claim = send(request("/engine-rest/task/" + missing + "/claim", SUPERVISOR)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + SUPERVISOR + "\"}")));
		HttpResponse<String> badHeader = send(request("/engine-rest/task/" + missing, SUPERVISOR)
			.header("Accept-Language", "de-DE-x-1234567890")
			.GET());

		assertThat(variables.statusCode()).as(variables.body()).isEqualTo(404);
		assertThat(JSON.readTree(variables.body()).path("type").asText()).isEqualTo("NullValueException");
		assertThat(claim.statusCode()).as(claim.body()).isEqualTo(404);
		assertThat(badHeader.statusCode()).as(badHeader.body()).isEqualTo(400);
	}

	private HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
		if (user != null) {
			builder.header("Authorization", "Bearer " + Tokens.cachedAccessToken(user));
		}
		return builder;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void assertProblem(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
			.startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
	}

}
