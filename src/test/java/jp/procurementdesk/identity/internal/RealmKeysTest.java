package jp.procurementdesk.identity.internal;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The realm's signing keys while Keycloak is away, against a stand-in for its key endpoint:
 * known keys stay in use past their cache time (tokens issued before the outage keep
 * working), an unknown key is a bad token (401), and a token that cannot be checked at all
 * (keys never fetched) is a 503, not Spring's 500.
 */
class RealmKeysTest {

	private final RSAKey realmKey = generate("realm-key");

	private HttpServer keycloak;

	private KeycloakProperties properties;

	@BeforeEach
	void startKeyEndpoint() throws Exception {
		keycloak = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		byte[] keys = new JWKSet(realmKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		keycloak.createContext("/realms/procurement-desk/protocol/openid-connect/certs", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, keys.length);
			exchange.getResponseBody().write(keys);
			exchange.close();
		});
		keycloak.start();
		URI url = URI.create("http://localhost:" + keycloak.getAddress().getPort());
		properties = new KeycloakProperties(url, url, "procurement-desk", "desk-web", "secret", "admin", "secret",
				"desk-admin", "secret", Duration.ofMillis(300), Duration.ofHours(1));
	}

	@AfterEach
	void stopKeyEndpoint() {
		keycloak.stop(0);
	}

	@Test
	void keysFetchedBeforeAnOutageStayInUseAndUnknownKeysAreRefused() throws Exception {
		JwtDecoder decoder = new KeycloakConfiguration().jwtDecoder(properties, Clock.systemUTC());
		assertThat(decoder.decode(token(realmKey)).getSubject()).isEqualTo(ACME);

		keycloak.stop(0);
		Thread.sleep(600); // past the cache time: the keys would be fetched again, but cannot be

		assertThat(decoder.decode(token(realmKey)).getSubject()).isEqualTo(ACME);
		assertThatThrownBy(() -> decoder.decode(token(generate("unknown-key")))).isInstanceOf(BadJwtException.class);
	}

	@Test
	void aTokenThatCannotBeCheckedIsA503() throws Exception {
		keycloak.stop(0);
		JwtDecoder decoder = new KeycloakConfiguration().jwtDecoder(properties, Clock.systemUTC());

		// Spring turns this (not a BadJwtException) into an AuthenticationServiceException.
		assertThatThrownBy(() -> decoder.decode(token(realmKey))).isInstanceOf(JwtException.class)
			.isNotInstanceOf(BadJwtException.class);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ProblemResponses(new ObjectMapper()).bearerFailure(new MockHttpServletRequest(), response,
				new AuthenticationServiceException("keys unavailable"));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isNotBlank();
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503");
	}

	private String token(RSAKey key) throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(ACME)
			.issuer(properties.issuer())
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
