package jp.procurementdesk;

import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.Tokens;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The embedded Camunda engine runs on PostgreSQL with our process models deployed. */
@DeskIntegrationTest
class ProcessEngineIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate http;

	@Test
	void engineRunsOnPostgresqlWithTheFourProcessesDeployed() {
		assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("postgres");
		assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
			.extracting(ProcessDefinition::getKey)
			.contains("support-case", "who-prequalification", "compendium-listing", "un-procurement");
	}

	@Test
	void everyDeployedProcessHasAHistoryTimeToLive() {
		List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery()
			.latestVersion().list();

		assertThat(definitions).extracting(ProcessDefinition::getKey).contains("support-case");
		assertThat(definitions).allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isPositive());
	}

	/**
	 * Readiness needs the database; Keycloak is watched by the overall health only: while it
	 * is away a node still serves issued tokens and sessions (KeycloakOutageIT).
	 */
	@Test
	void readinessNeedsTheDatabaseHealthWatchesKeycloakTooAndBothAreUp() {
		ResponseEntity<Map> anonymous = http.getForEntity("/actuator/health/readiness", Map.class);
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(anonymous.getBody()).containsEntry("status", "UP").doesNotContainKey("components");

		ResponseEntity<Map> detailed = http.exchange("/actuator/health/readiness", HttpMethod.GET,
				new HttpEntity<>(bearer(SUPERVISOR)), Map.class);
		assertThat((Map<String, Map<String, Object>>) detailed.getBody().get("components"))
			.hasEntrySatisfying("db", db -> assertThat(db).containsEntry("status", "UP"))
			.doesNotContainKey("keycloak");
		ResponseEntity<Map> overall = http.exchange("/actuator/health", HttpMethod.GET,
				new HttpEntity<>(bearer(SUPERVISOR)), Map.class);
		assertThat((Map<String, Map<String, Object>>) overall.getBody().get("components"))
			.hasEntrySatisfying("db", db -> assertThat(db).containsEntry("status", "UP"))
			.hasEntrySatisfying("keycloak", keycloak -> assertThat(keycloak).containsEntry("status", "UP"));
	}

	@Test
	void engineRestAnswersSupervisorsOnly() {
		assertThat(http.exchange("/engine-rest/engine", HttpMethod.GET, new HttpEntity<>(bearer(SUPERVISOR)),
				String.class).getBody()).contains("default");
		assertThat(http.exchange("/engine-rest/engine", HttpMethod.GET, new HttpEntity<>(bearer(ADVISOR)),
				String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.getForEntity("/engine-rest/engine", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private static HttpHeaders bearer(String username) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(Tokens.accessToken(username));
		return headers;
	}

}
