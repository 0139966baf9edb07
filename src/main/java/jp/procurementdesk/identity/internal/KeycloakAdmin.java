package jp.procurementdesk.identity.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jp.procurementdesk.shared.ServiceUnavailableException;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keycloak's Admin REST API through Keycloak's own Java client, signed in as the service
 * account of {@code desk-admin} (client credentials), over the back channel. Its RESTEasy
 * client is built here, not looked up: short timeouts (a request never hangs on Keycloak),
 * and no JAX-RS service lookup that could hand Camunda's Jersey a RESTEasy runtime (see
 * docs/security.md, Company accounts). Every call goes through {@link #call}: Keycloak away
 * or failing (5xx) is a {@link ServiceUnavailableException}.
 */
@Component
class KeycloakAdmin implements DisposableBean {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	/** Long enough for Keycloak to hand a mail to its SMTP server (execute-actions mail). */
	static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	private final Client http;

	private final Keycloak keycloak;

	private final String realm;

	KeycloakAdmin(KeycloakProperties properties) {
		this.http = ResteasyClientClassicProvider.createClientBuilder()
			.connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
			.readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
			.connectionCheckoutTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
			.register(JacksonProvider.class, 100)
			.build();
		this.keycloak = KeycloakBuilder.builder()
			.serverUrl(properties.backchannelBase())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.deskAdminClientId())
			.clientSecret(properties.deskAdminClientSecret())
			.resteasyClient(http)
			.build();
		this.realm = properties.realm();
	}

	/** The realm's admin resources; use them inside {@link #call} or {@link #run}. */
	RealmResource realm() {
		return keycloak.realm(realm);
	}

	<T> T call(String what, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (ProcessingException | WebApplicationException failure) {
			throw translate(what, failure);
		}
	}

	void run(String what, Runnable call) {
		call(what, () -> {
			call.run();
			return null;
		});
	}

	/**
	 * Keycloak not reachable (connection refused, timed out) or failing (5xx): 503, the caller
	 * may retry. Keycloak refusing the service account (401, 403) is a configuration error of
	 * the deployment. Other answers (404, 409, 400) are for the caller to read.
	 */
	static RuntimeException translate(String what, RuntimeException failure) {
		// The service account's token is fetched inside a request filter: its refusal arrives wrapped.
		WebApplicationException answer = answerIn(failure);
		if (answer == null) {
			return new ServiceUnavailableException("Keycloak's admin API is not reachable: " + what, failure);
		}
		int status = answer.getResponse().getStatus();
		if (status >= 500) {
			return new ServiceUnavailableException("Keycloak's admin API failed (" + status + "): " + what, failure);
		}
		if (status == 401 || status == 403) {
			return new IllegalStateException("Keycloak refused the desk-admin service account (" + status + ") to "
					+ what + ": check DESK_ADMIN_CLIENT_ID, DESK_ADMIN_CLIENT_SECRET and its realm-management roles",
					failure);
		}
		return answer;
	}

	private static WebApplicationException answerIn(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof WebApplicationException answer) {
				return answer;
			}
		}
		return null;
	}

	@Override
	public void destroy() {
		keycloak.close();
		http.close();
	}

}
