package jp.procurementdesk.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.procurementdesk.support.Tokens;

/** Requests with real bearer tokens of the demo users, fetched again before they expire. */
final class ApiClient {

	private final String baseUrl;

	private final String issuer;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	ApiClient(String baseUrl, String issuer) {
		this.baseUrl = baseUrl;
		this.issuer = issuer;
	}

	/** Fresh tokens for a measurement (they live five minutes; no measurement takes longer). */
	void refreshTokens(String... usernames) {
		for (String username : usernames) {
			tokens.put(username, Tokens.accessToken(issuer, username));
		}
	}

	HttpRequest get(String username, String path) {
		return builder(username, path).GET().build();
	}

	HttpRequest postJson(String username, String path, String json) {
		return builder(username, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	private HttpRequest.Builder builder(String username, String path) {
		String token = tokens.computeIfAbsent(username, user -> Tokens.accessToken(issuer, user));
		return HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
	}

}
