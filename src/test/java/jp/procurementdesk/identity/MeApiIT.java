package jp.procurementdesk.identity;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.TestClock.MovableClock;
import jp.procurementdesk.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/me} with real tokens from the real realm, and the tokens it must refuse. */
@DeskIntegrationTest
class MeApiIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	MovableClock clock;

	/**
	 * Every demo user of the realm: username, roles, company id and company name (none for the
	 * desk). The first user of each company is its company-admin.
	 */
	static Stream<Arguments> demoUsers() {
		return Stream.of(Arguments.of(ACME, "company,company-admin", ACME_COMPANY, "Acme Medical Devices"),
				Arguments.of(ACME_SECOND, "company", ACME_COMPANY, "Acme Medical Devices"),
				Arguments.of(SAKURA, "company,company-admin", SAKURA_COMPANY, "Sakura Diagnostics"),
				Arguments.of(ADVISOR, "advisor", null, null), Arguments.of(OTHER_ADVISOR, "advisor", null, null),
				Arguments.of(SUPERVISOR, "supervisor", null, null));
	}

	@ParameterizedTest
	@MethodSource("demoUsers")
	void everyDemoUserIsRecognisedWithRoleAndCompany(String username, String roles, String companyId,
			String companyName) {
		ResponseEntity<Map> response = me(Tokens.accessToken(username));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("username", username)
			.containsEntry("roles", List.of(roles.split(",")))
			.containsEntry("companyId", companyId)
			.containsEntry("companyName", companyName);
	}

	@Test
	void noTokenIsRefusedWithAProblemAndABearerChallenge() {
		ResponseEntity<String> response = http.getForEntity("/api/me", String.class);

		assertUnauthorized(response);
	}

	@Test
	void expiredTokenIsRefused() {
		String token = Tokens.accessToken(SAKURA);
		clock.advance(Duration.ofMinutes(10));
		try {
			assertUnauthorized(call(token));
		}
		finally {
			clock.reset();
		}
		assertThat(call(token).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void tokenWithAlteredClaimsIsRefused() {
		String[] parts = Tokens.accessToken(SAKURA).split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forged = payload.replace(SAKURA_COMPANY, ACME_COMPANY);
		assertThat(forged).isNotEqualTo(payload);
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
				forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

		assertUnauthorized(call(tampered));
	}

	@Test
	void tokenSignedByAnotherKeyIsRefused() throws Exception {
		SignedJWT real = SignedJWT.parse(Tokens.accessToken(SUPERVISOR));
		RSAKey otherKey = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(otherKey.getKeyID()).build(),
				real.getJWTClaimsSet());
		forged.sign(new RSASSASigner(otherKey));

		assertUnauthorized(call(forged.serialize()));
	}

	@Test
	void unsignedTokenIsRefused() throws Exception {
		JWTClaimsSet claims = SignedJWT.parse(Tokens.accessToken(SUPERVISOR)).getJWTClaimsSet();
		String header = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String body = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));

		assertUnauthorized(call(header + "." + body + "."));
	}

	private ResponseEntity<Map> me(String token) {
		return http.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(bearer(token)), Map.class);
	}

	private ResponseEntity<String> call(String token) {
		return http.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(bearer(token)), String.class);
	}

	private static HttpHeaders bearer(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return headers;
	}

	private static void assertUnauthorized(ResponseEntity<String> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).contains("\"status\":401").doesNotContain("username");
	}

}
