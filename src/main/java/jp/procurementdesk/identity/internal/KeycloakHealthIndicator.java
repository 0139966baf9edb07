package jp.procurementdesk.identity.internal;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Readiness needs Keycloak: without it nobody can log in and no token can be checked.
 * Asks the realm's discovery document, with short timeouts.
 */
@Component("keycloak")
class KeycloakHealthIndicator extends AbstractHealthIndicator {

	private final RestClient http;

	private final String discovery;

	KeycloakHealthIndicator(KeycloakProperties keycloak) {
		super("Keycloak is not reachable");
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(Duration.ofSeconds(3));
		this.http = RestClient.builder().requestFactory(requests).build();
		this.discovery = keycloak.backchannelRealm() + "/.well-known/openid-configuration";
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		http.get().uri(discovery).retrieve().toBodilessEntity();
		builder.up().withDetail("realm", discovery);
	}

}
