package jp.procurementdesk.reliability;

import static jp.procurementdesk.support.DemoUsers.PASSWORD;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.procurementdesk.support.Tokens;

/**
 * A browser session without a browser: the OAuth2 login through Keycloak's login form by
 * plain HTTP, giving the session cookie and a CSRF token of the web UI.
 */
public final class WebLogin {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	public record Session(String cookie, String csrfToken) {
	}

	private WebLogin() {
	}

	public static Session signIn(String baseUrl, String username) {
		// Our own cookie jar: Java's drops Keycloak's Secure cookies on plain-HTTP localhost, browsers do not.
		Map<String, String> cookies = new LinkedHashMap<>();
		HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		HttpResponse<String> start = send(client, cookies, HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/authorization/keycloak")));
		HttpResponse<String> loginPage = send(client, cookies, HttpRequest.newBuilder(location(start)));
		Matcher action = FORM_ACTION.matcher(loginPage.body());
		if (!action.find()) {
			throw new IllegalStateException("No Keycloak login form: " + loginPage.statusCode());
		}
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
		HttpResponse<String> signedIn = send(client, cookies,
				HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));
		send(client, cookies, HttpRequest.newBuilder(location(signedIn)));
		String session = cookies.get("JSESSIONID");
		if (session == null) {
			throw new IllegalStateException("No session after signing in as " + username);
		}
		HttpResponse<String> home = send(client, cookies, HttpRequest.newBuilder(URI.create(baseUrl + "/")));
		Matcher csrf = CSRF.matcher(home.body());
		if (home.statusCode() != 200 || !csrf.find()) {
			throw new IllegalStateException("Signed in as " + username + " but the home page is " + home.statusCode());
		}
		return new Session(session, csrf.group(1));
	}

	private static URI location(HttpResponse<?> response) {
		return response.uri().resolve(response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException("Expected a redirect from " + response.uri() + ", got "
					+ response.statusCode())));
	}

	/** All hosts here are localhost: one jar, names do not collide (JSESSIONID, Keycloak's KC_* and AUTH_*). */
	private static HttpResponse<String> send(HttpClient client, Map<String, String> cookies, HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(header -> {
				String pair = header.split(";", 2)[0];
				int equals = pair.indexOf('=');
				if (equals > 0) {
					cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
				}
			});
			return response;
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
