package jp.procurementdesk.identity.internal;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Whether a browser sign-in can start: Keycloak's realm answers. The answer is remembered
 * for two seconds, so a burst of sign-ins during an outage costs one probe, not one each.
 */
@Component
class SignInAvailability {

	private static final long REMEMBERED_NANOS = Duration.ofSeconds(2).toNanos();

	private final RestClient http;

	private final String discovery;

	private volatile Probe last;

	SignInAvailability(KeycloakProperties keycloak) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(Duration.ofSeconds(2));
		this.http = RestClient.builder().requestFactory(requests).build();
		this.discovery = keycloak.backchannelRealm() + "/.well-known/openid-configuration";
	}

	boolean available() {
		Probe probe = last;
		if (probe == null || System.nanoTime() - probe.at() > REMEMBERED_NANOS) {
			probe = new Probe(reachable(), System.nanoTime());
			last = probe;
		}
		return probe.reachable();
	}

	private boolean reachable() {
		try {
			http.get().uri(discovery).retrieve().toBodilessEntity();
			return true;
		}
		catch (RestClientException away) {
			return false;
		}
	}

	private record Probe(boolean reachable, long at) {
	}

}
