package jp.procurementdesk.identity.internal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.shared.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Staff from Keycloak's admin API, read with the service account of
 * {@code camunda-identity-service} (view-users, query-groups). Roles come through groups:
 * {@code advisors} and {@code supervisors}; company users by their attribute
 * {@code company_id}. Cached briefly: staff changes are rare, task forms validate often, and
 * notifications look up the same recipients again and again. While Keycloak is away, what
 * was read last stays in use (a stale list beats no page at all); with nothing read yet, the
 * caller gets a {@link ServiceUnavailableException} (503), not a 500.
 */
@Component
class KeycloakUserDirectory implements UserDirectory {

	private static final Duration CACHE_TIME = Duration.ofSeconds(60);

	private static final Duration RETRY_WHILE_AWAY = Duration.ofSeconds(10);

	private static final Map<DeskRole, String> GROUPS = Map.of(DeskRole.ADVISOR, "advisors", DeskRole.SUPERVISOR,
			"supervisors");

	private static final Logger log = LoggerFactory.getLogger(KeycloakUserDirectory.class);

	private final RestClient http;

	private final KeycloakProperties keycloak;

	private final Clock clock;

	private final Map<Object, Cached> cache = new ConcurrentHashMap<>();

	KeycloakUserDirectory(KeycloakProperties keycloak, Clock clock) {
		// Short timeouts: a request (or a notification inside a transaction) never hangs on Keycloak.
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.http = RestClient.builder().requestFactory(requests).build();
		this.keycloak = keycloak;
		this.clock = clock;
	}

	@Override
	public List<DirectoryUser> members(DeskRole role) {
		String group = GROUPS.get(role);
		if (group == null) {
			throw new IllegalArgumentException("Company users are not listed: " + role);
		}
		return cached(role, () -> load(group));
	}

	@Override
	public List<DirectoryUser> companyUsers(String companyId) {
		if (companyId == null || companyId.isBlank()) {
			return List.of();
		}
		return cached("company:" + companyId, () -> toUsers(adminGet("/users?q={query}&max=1000&briefRepresentation=false",
				"company_id:" + companyId))
			.stream()
			.filter(user -> companyId.equals(user.companyId()))
			.map(CompanyMember::user)
			.toList());
	}

	@Override
	public Optional<DirectoryUser> user(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return cached("user:" + username, () -> toUsers(adminGet(
				"/users?username={username}&exact=true&briefRepresentation=false", username))
			.stream()
			.map(CompanyMember::user)
			.filter(user -> user.username().equals(username))
			.toList()).stream().findFirst();
	}

	@Override
	public Optional<DirectoryUser> byEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		String address = email.strip();
		return cached("email:" + address.toLowerCase(Locale.ROOT), () -> toUsers(adminGet(
				"/users?email={email}&exact=true&briefRepresentation=false", address))
			.stream()
			.map(CompanyMember::user)
			.filter(user -> address.equalsIgnoreCase(user.email()))
			.toList()).stream().findFirst();
	}

	private List<DirectoryUser> cached(Object key, Supplier<List<DirectoryUser>> loader) {
		Instant now = clock.instant();
		Cached cached = cache.get(key);
		if (cached == null || cached.until().isBefore(now)) {
			try {
				cached = new Cached(loader.get(), now.plus(CACHE_TIME));
			}
			catch (ResourceAccessException | HttpServerErrorException away) {
				if (cached == null) {
					throw new ServiceUnavailableException("Keycloak's user directory is not reachable", away);
				}
				log.warn("Keycloak's user directory is not reachable ({}); using the list read before", away.toString());
				// Asked again in a little while, not on every call of the outage.
				cached = new Cached(cached.users(), now.plus(RETRY_WHILE_AWAY));
			}
			cache.put(key, cached);
		}
		return cached.users();
	}

	private JsonNode adminGet(String path, Object... arguments) {
		String token = serviceToken();
		String admin = keycloak.backchannelUrl().toString().replaceAll("/$", "") + "/admin/realms/" + keycloak.realm();
		return http.get()
			.uri(admin + path, arguments)
			.headers(headers -> headers.setBearerAuth(token))
			.retrieve()
			.body(JsonNode.class);
	}

	private List<DirectoryUser> load(String groupName) {
		String token = serviceToken();
		String admin = keycloak.backchannelUrl().toString().replaceAll("/$", "") + "/admin/realms/" + keycloak.realm();
		JsonNode groups = http.get()
			.uri(admin + "/groups?search={name}&exact=true", groupName)
			.headers(headers -> headers.setBearerAuth(token))
			.retrieve()
			.body(JsonNode.class);
		for (JsonNode group : groups) {
			if (groupName.equals(group.path("name").asText())) {
				JsonNode members = http.get()
					.uri(admin + "/groups/{id}/members?max=1000&briefRepresentation=false", group.path("id").asText())
					.headers(headers -> headers.setBearerAuth(token))
					.retrieve()
					.body(JsonNode.class);
				return toUsers(members).stream().map(CompanyMember::user).toList();
			}
		}
		return List.of();
	}

	private static List<CompanyMember> toUsers(JsonNode members) {
		List<CompanyMember> users = new ArrayList<>();
		for (JsonNode member : members) {
			if (member.path("enabled").asBoolean(true)) {
				String name = (member.path("firstName").asText("") + " " + member.path("lastName").asText("")).strip();
				String username = member.path("username").asText();
				String email = member.path("email").asText("");
				users.add(new CompanyMember(new DirectoryUser(username, name.isEmpty() ? username : name,
						email.isBlank() ? null : email, attribute(member, "locale")), attribute(member, "company_id")));
			}
		}
		users.sort(Comparator.comparing(member -> member.user().username()));
		return List.copyOf(users);
	}

	private static String attribute(JsonNode user, String name) {
		JsonNode values = user.path("attributes").path(name);
		String value = values.isArray() && !values.isEmpty() ? values.get(0).asText("") : "";
		return value.isBlank() ? null : value;
	}

	private String serviceToken() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", keycloak.adminClientId());
		form.add("client_secret", keycloak.adminClientSecret());
		return http.post()
			.uri(keycloak.backchannelEndpoint("token"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(JsonNode.class)
			.path("access_token")
			.asText();
	}

	private record Cached(List<DirectoryUser> users, Instant until) {
	}

	private record CompanyMember(DirectoryUser user, String companyId) {
	}

}
