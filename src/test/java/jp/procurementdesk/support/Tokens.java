package jp.procurementdesk.support;

import static jp.procurementdesk.support.DemoUsers.PASSWORD;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real access tokens from the test Keycloak: password grant on the public client {@code desk-cli}. */
public final class Tokens {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final ObjectMapper JSON = new ObjectMapper();

	private Tokens() {
	}

	private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

	/** A token of the user, reused for a minute (tokens live five). */
	public static synchronized String cachedAccessToken(String username) {
		CachedToken cached = CACHE.get(username);
		if (cached == null || cached.fetched().isBefore(Instant.now().minusSeconds(60))) {
			cached = new CachedToken(accessToken(username), Instant.now());
			CACHE.put(username, cached);
		}
		return cached.token();
	}

	private record CachedToken(String token, Instant fetched) {
	}

	public static String accessToken(String username) {
		return grant(Map.of("grant_type", "password", "client_id", "desk-cli", "username", username, "password",
				PASSWORD, "scope", "openid")).get("access_token").asText();
	}

	/** A token of the user from the realm at this issuer (e.g. the benchmark's own Keycloak). */
	public static String accessToken(String issuer, String username) {
		return grant(issuer, Map.of("grant_type", "password", "client_id", "desk-cli", "username", username, "password",
				PASSWORD, "scope", "openid")).get("access_token").asText();
	}

	/** A real token of this realm fetched through another host name: its issuer differs. */
	public static String accessTokenFromOtherIssuer(String username) {
		String viaIp = DeskInfrastructure.forTests().keycloak().issuer().replace("localhost", "127.0.0.1");
		return grant(viaIp, Map.of("grant_type", "password", "client_id", "desk-cli", "username", username,
				"password", PASSWORD)).get("access_token").asText();
	}

	/** A real token of Keycloak's master realm (its bootstrap admin): another realm, another key. */
	public static String accessTokenOfOtherRealm() {
		String master = DeskInfrastructure.forTests().keycloak().url() + "/realms/master";
		return grant(master, Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
				"password", "admin")).get("access_token").asText();
	}

	private static JsonNode grant(Map<String, String> form) {
		return grant(DeskInfrastructure.forTests().keycloak().issuer(), form);
	}

	private static JsonNode grant(String issuer, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
