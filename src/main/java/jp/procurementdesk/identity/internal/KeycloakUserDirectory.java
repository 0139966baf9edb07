package jp.procurementdesk.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Staff from Keycloak's admin API, read with the service account of
 * {@code camunda-identity-service} (view-users, query-groups). Roles come through groups:
 * {@code advisors} and {@code supervisors}. Cached briefly: staff changes are rare, task
 * forms validate often.
 */
@Component
class KeycloakUserDirectory implements UserDirectory {

	private static final Duration CACHE_TIME = Duration.ofSeconds(60);

	private static final Map<DeskRole, String> GROUPS = Map.of(DeskRole.ADVISOR, "advisors", DeskRole.SUPERVISOR,
			"supervisors");

	private final RestClient http = RestClient.create();

	private final KeycloakProperties keycloak;

	private final Clock clock;

	private final Map<DeskRole, Cached> cache = new ConcurrentHashMap<>();

	KeycloakUserDirectory(KeycloakProperties keycloak, Clock clock) {
		this.keycloak = keycloak;
		this.clock = clock;
	}

	@Override
	public List<DirectoryUser> members(DeskRole role) {
		String group = GROUPS.get(role);
		if (group == null) {
			throw new IllegalArgumentException("Company users are not listed: " + role);
		}
		Instant now = clock.instant();
		Cached cached = cache.get(role);
		if (cached == null || cached.until().isBefore(now)) {
			cached = new Cached(load(group), now.plus(CACHE_TIME));
			cache.put(role, cached);
		}
		return cached.users();
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
				return toUsers(members);
			}
		}
		return List.of();
	}

	private static List<DirectoryUser> toUsers(JsonNode members) {
		List<DirectoryUser> users = new java.util.ArrayList<>();
		for (JsonNode member : members) {
			if (member.path("enabled").asBoolean(true)) {
				String name = (member.path("firstName").asText("") + " " + member.path("lastName").asText("")).strip();
				String username = member.path("username").asText();
				users.add(new DirectoryUser(username, name.isEmpty() ? username : name, member.path("email").asText(null)));
			}
		}
		users.sort(java.util.Comparator.comparing(DirectoryUser::username));
		return List.copyOf(users);
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

}
