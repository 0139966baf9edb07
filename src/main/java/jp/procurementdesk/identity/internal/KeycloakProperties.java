package jp.procurementdesk.identity.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is.
 *
 * @param url the address browsers and scripts use; tokens carry it in {@code iss}
 * @param backchannelUrl the address the application itself uses (in docker compose the
 * internal host name); {@code application.yml} sets it to {@code url} unless given
 * @param realm the realm name
 * @param webClientId the confidential client of the web UI
 * @param webClientSecret its secret
 * @param adminClientId the confidential client whose service account reads users and groups
 * @param adminClientSecret its secret
 * @param deskAdminClientId the confidential client whose service account creates, invites and
 * disables company users (manage-users, view-users, query-users)
 * @param deskAdminClientSecret its secret
 * @param keysCacheTime how long the realm's signing keys are used before they are fetched
 * again (sooner when a token names a key not among them)
 * @param keysOutageTolerance how long the last keys stay in use while Keycloak cannot be
 * reached, so that tokens issued before an outage keep working until they expire
 */
@ConfigurationProperties("desk.keycloak")
record KeycloakProperties(URI url, URI backchannelUrl, String realm, String webClientId,
		String webClientSecret, String adminClientId, String adminClientSecret, String deskAdminClientId,
		String deskAdminClientSecret, Duration keysCacheTime, Duration keysOutageTolerance) {

	KeycloakProperties {
		if (url == null) {
			throw new IllegalArgumentException("desk.keycloak.url is required");
		}
	}

	/** The expected {@code iss} of every token. */
	String issuer() {
		return trim(url) + "/realms/" + realm;
	}

	/** A browser-facing OpenID Connect endpoint, e.g. {@code auth} or {@code logout}. */
	String publicEndpoint(String name) {
		return issuer() + "/protocol/openid-connect/" + name;
	}

	/** An endpoint the application calls itself, e.g. {@code token} or {@code certs}. */
	String backchannelEndpoint(String name) {
		return backchannelRealm() + "/protocol/openid-connect/" + name;
	}

	/** The base address of Keycloak for the application's own calls, without a trailing slash. */
	String backchannelBase() {
		return trim(backchannelUrl);
	}

	String backchannelRealm() {
		return trim(backchannelUrl) + "/realms/" + realm;
	}

	private static String trim(URI uri) {
		String text = uri.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

}
