package jp.procurementdesk.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.reliability.Endpoint.Door;
import jp.procurementdesk.reliability.FuzzRequest.BodyKind;
import jp.procurementdesk.reliability.FuzzRequest.Payload;
import jp.procurementdesk.reliability.Junk.Caller;
import jp.procurementdesk.reliability.Junk.IdKind;
import jp.procurementdesk.reliability.Junk.Part;
import jp.procurementdesk.support.Tokens;

import org.springframework.http.MediaType;

/** Sends a {@link FuzzRequest} as raw HTTP and judges the answer. */
final class Fuzzer {

	/** A Java stack frame, a chained cause, or a database driver's or ORM's own words. */
	static final Pattern LEAK = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by: |\"trace\"\\s*:"
			+ "|org\\.postgresql\\.|PSQLException|org\\.hibernate\\.|org\\.apache\\.ibatis\\.|### Error (querying|updating)");

	/** Our own script probes, as they would come back if a page echoed them unescaped. */
	static final List<String> UNESCAPED = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<script>x</script>");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Tomcat's default limit of the request line and headers (server.max-http-request-header-size). */
	private static final int MAX_REQUEST_LINE = 8 * 1024;

	private static final String BOUNDARY = "fuzzBoundary7MA4YWxkTrZu0gW";

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String baseUrl;

	private final Map<Caller, WebLogin.Session> sessions;

	Fuzzer(String baseUrl, Map<Caller, WebLogin.Session> sessions) {
		this.baseUrl = baseUrl;
		this.sessions = sessions;
	}

	record Exchange(String method, String path, Caller caller, int status, String contentType, String body,
			String requestSummary, int uriLength, String accept) {

		boolean serverError() {
			return status >= 500;
		}

		/** Could it have changed something? Reads never should, except downloads (the timeline records them). */
		boolean mayHaveChanged() {
			boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
			return status < 400 && (!read || path.contains("/content"));
		}

		@Override
		public String toString() {
			String shown = body.length() > 600 ? body.substring(0, 600) + "..." : body;
			return method + " " + abbreviate(path, 200) + " as " + caller + " [" + requestSummary + "] -> " + status + " "
					+ contentType + " " + shown;
		}

	}

	Exchange send(Endpoint endpoint, FuzzRequest request, FuzzFixture fixture) {
		FuzzRequest.Target target = request.target();
		Payload payload = request.payload();
		String method = target.otherMethod() != null ? target.otherMethod() : endpoint.method();
		String id = fixture.id(endpoint.door() == Door.ENGINE && target.idKind().ordinal() < IdKind.RANDOM_UUID.ordinal()
				? IdKind.RANDOM_UUID : target.idKind(), target.junkId());
		String path = endpoint.pattern().replaceAll("\\{[^}]+\\}", encodePathSegment(id));
		String query = query(payload.query());
		URI uri;
		try {
			uri = URI.create(baseUrl + path + query);
		}
		catch (IllegalArgumentException notAUri) {
			uri = URI.create(baseUrl + endpoint.pattern().replaceAll("\\{[^}]+\\}", "x"));
		}
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
		Body body = body(endpoint, method, payload, target.caller());
		String contentType = payload.contentType() != null ? payload.contentType() : body.contentType();
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		payload.headers().forEach(builder::header);
		credentials(builder, endpoint.door(), target.caller());
		builder.method(method, body.bytes() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
		String summary = "content-type=" + contentType + " headers=" + abbreviate(payload.headers().toString(), 200)
				+ " query=" + abbreviate(query, 200) + " body=" + abbreviate(body.describe(), 300);
		try {
			HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Exchange(method, path, target.caller(), response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""),
					new String(response.body(), StandardCharsets.UTF_8), summary, uri.toString().length(),
					payload.headers().get("Accept"));
		}
		catch (IOException ex) {
			// The server closed the connection without an answer: as bad as a 500.
			return new Exchange(method, path, target.caller(), 599, "", "no answer: " + ex, summary, uri.toString().length(),
					payload.headers().get("Accept"));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void credentials(HttpRequest.Builder builder, Door door, Caller caller) {
		if (caller == Caller.BROKEN_TOKEN) {
			builder.header("Authorization", door == Door.WEB ? "Basic YWNtZS51c2VyOmRlbW8=" : "Bearer not.a.token");
			return;
		}
		if (caller.username == null) {
			return;
		}
		if (door == Door.WEB) {
			builder.header("Cookie", "JSESSIONID=" + sessions.get(caller).cookie());
		}
		else {
			builder.header("Authorization", "Bearer " + Tokens.cachedAccessToken(caller.username));
		}
	}

	private record Body(byte[] bytes, String contentType, String describe) {
	}

	private Body body(Endpoint endpoint, String method, Payload payload, Caller caller) {
		BodyKind kind = payload.bodyKind();
		if (kind == BodyKind.NATURAL) {
			if (method.equals("GET") || method.equals("HEAD")) {
				kind = BodyKind.NONE;
			}
			else if (endpoint.takesMultipart()) {
				kind = BodyKind.MULTIPART;
			}
			else {
				kind = endpoint.door() == Door.WEB ? BodyKind.FORM : BodyKind.JSON;
			}
		}
		boolean csrf = endpoint.door() == Door.WEB && payload.csrf() && sessions.containsKey(caller);
		String token = csrf ? sessions.get(caller).csrfToken() : null;
		return switch (kind) {
			case NONE -> token == null ? new Body(null, null, "none")
					: form(Map.of(), token);
			case JSON -> {
				try {
					byte[] json = JSON.writeValueAsBytes(payload.json());
					yield new Body(json, "application/json", new String(json, StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
			case RAW -> new Body(payload.raw().getBytes(StandardCharsets.UTF_8), "application/json", payload.raw());
			case FORM -> form(payload.json() instanceof Map<?, ?> map ? map : Map.of("value", String.valueOf(payload.json())),
					token);
			case MULTIPART -> multipart(payload.parts(), token);
			case NATURAL -> throw new IllegalStateException();
		};
	}

	private static Body form(Map<?, ?> fields, String csrfToken) {
		StringJoiner form = new StringJoiner("&");
		fields.forEach((name, value) -> {
			if (value instanceof List<?> values) {
				values.forEach(each -> form.add(encode(String.valueOf(name)) + "=" + encode(String.valueOf(each))));
			}
			else {
				form.add(encode(String.valueOf(name)) + "=" + encode(String.valueOf(value)));
			}
		});
		if (csrfToken != null) {
			form.add("_csrf=" + encode(csrfToken));
		}
		return new Body(form.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
				form.toString());
	}

	private static Body multipart(List<Part> parts, String csrfToken) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringBuilder describe = new StringBuilder();
		for (Part part : parts) {
			StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
					+ part.name() + "\"");
			if (part.fileName() != null) {
				head.append("; filename=\"").append(part.fileName()).append("\"");
			}
			head.append("\r\n");
			if (part.contentType() != null) {
				head.append("Content-Type: ").append(part.contentType()).append("\r\n");
			}
			head.append("\r\n");
			out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			out.writeBytes(part.content());
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			describe.append(abbreviate(part.name(), 20)).append('/').append(abbreviate(part.fileName(), 40)).append('/')
				.append(part.content().length).append("B ");
		}
		if (csrfToken != null) {
			out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
					+ "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Body(out.toByteArray(), "multipart/form-data; boundary=" + BOUNDARY, "multipart " + describe);
	}

	private static String query(List<Map.Entry<String, String>> pairs) {
		if (pairs.isEmpty()) {
			return "";
		}
		StringJoiner query = new StringJoiner("&", "?", "");
		pairs.forEach(pair -> query.add(encode(pair.getKey()) + "=" + encode(pair.getValue())));
		return query.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** A path segment as a client library would send it: percent-encoded, spaces as %20. */
	private static String encodePathSegment(String id) {
		return encode(id).replace("+", "%20");
	}

	/** Is the answer acceptable in form? Returns what is wrong, or null. */
	static String judge(Endpoint endpoint, Exchange exchange) {
		if (exchange.status() == 599 && exchange.uriLength() > 4 * MAX_REQUEST_LINE) {
			// Tomcat answers 400 to a request line far beyond its limit and closes at once; while the client is
			// still writing the rest, the close becomes a reset that can discard the 400 before it is read.
			return null;
		}
		if (exchange.serverError()) {
			return "server error";
		}
		if (LEAK.matcher(exchange.body()).find()) {
			return "stack trace or SQL in the body";
		}
		if (exchange.contentType().startsWith("text/html")) {
			for (String probe : UNESCAPED) {
				if (exchange.body().contains(probe)) {
					return "unescaped script in a page";
				}
			}
		}
		if (exchange.status() == 400 && exchange.uriLength() > MAX_REQUEST_LINE) {
			// Tomcat refuses a request line beyond its header limit before any of our code runs.
			return null;
		}
		boolean refusedEveryJson = exchange.body().isEmpty() && !acceptsJson(exchange.accept());
		if (endpoint.door() == Door.API && exchange.status() >= 400 && !exchange.method().equals("HEAD")
				&& !refusedEveryJson) {
			if (!exchange.contentType().startsWith("application/problem+json")) {
				return "an API error that is not a problem detail";
			}
			try {
				JsonNode problem = JSON.readTree(exchange.body());
				if (problem.path("status").asInt() != exchange.status()) {
					return "a problem detail whose status differs from the response's";
				}
			}
			catch (IOException notJson) {
				return "a problem detail that is not JSON";
			}
		}
		return null;
	}

	/** Did the client accept JSON at all? If not, an error may come without a body (Spring drops what it cannot write). */
	static boolean acceptsJson(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
						&& type.getQualityValue() > 0);
		}
		catch (RuntimeException unparsable) {
			return false;
		}
	}

	static String abbreviate(String text, int max) {
		if (text == null) {
			return "null";
		}
		return text.length() <= max ? text : text.substring(0, max) + "...(" + text.length() + " chars)";
	}

}
