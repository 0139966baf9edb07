package jp.procurementdesk.identity;

import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.ext.RuntimeDelegate;
import jp.procurementdesk.reliability.WebLogin;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two JAX-RS implementations live in the application: Jersey serves Camunda's engine REST API
 * and the webapps' API, RESTEasy is the Keycloak admin client's. After the admin client has
 * worked, Jersey still answers as before: JSON lists, its own error bodies, a JSON body read,
 * the webapps behind the single sign-on (docs/security.md, Company accounts).
 */
@DeskIntegrationTest
class JaxRsRuntimesIT {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	@Autowired
	CompanyAccounts accounts;

	@LocalServerPort
	int port;

	@Test
	void jerseyServesTheEngineRestApiAndTheWebappsAfterTheAdminClientWorked() throws Exception {
		assertThat(accounts.list(ACME_COMPANY)).isNotEmpty();
		assertThat(RuntimeDelegate.getInstance().getClass().getName()).startsWith("org.glassfish.jersey.");
		assertThat(ClientBuilder.newBuilder().getClass().getName()).startsWith("org.glassfish.jersey.");

		String token = Tokens.accessToken(SUPERVISOR);
		HttpResponse<String> engines = api("/engine-rest/engine", token, null);
		assertThat(engines.statusCode()).isEqualTo(200);
		assertThat(engines.body()).contains("\"name\":\"default\"");
		HttpResponse<String> definitions = api("/engine-rest/process-definition?latestVersion=true&key=support-case",
				token, null);
		assertThat(definitions.statusCode()).isEqualTo(200);
		assertThat(definitions.body()).startsWith("[").contains("\"key\":\"support-case\"");
		HttpResponse<String> missing = api("/engine-rest/task/no-such-task", token, null);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(missing.body()).contains("\"type\":\"InvalidRequestException\"");
		HttpResponse<String> count = api("/engine-rest/process-instance/count", token,
				"{\"processDefinitionKey\":\"support-case\"}");
		assertThat(count.statusCode()).isEqualTo(200);
		assertThat(count.body()).startsWith("{\"count\":");

		WebLogin.Session session = WebLogin.signIn("http://localhost:" + port, SUPERVISOR);
		HttpResponse<String> webappApi = page("/camunda/api/engine/engine", session);
		assertThat(webappApi.statusCode()).isEqualTo(200);
		assertThat(webappApi.body()).contains("\"name\":\"default\"");
		HttpResponse<String> cockpit = page("/camunda/app/cockpit/default/", session);
		assertThat(cockpit.statusCode()).isEqualTo(200);
		assertThat(cockpit.body()).containsIgnoringCase("cockpit");
	}

	private HttpResponse<String> api(String path, String token, String jsonBody) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (jsonBody != null) {
			request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> page(String path, WebLogin.Session session) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", "JSESSIONID=" + session.cookie())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
