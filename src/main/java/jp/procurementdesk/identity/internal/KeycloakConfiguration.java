package jp.procurementdesk.identity.internal;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The Keycloak end of our security: token checking and the web client registration. The
 * endpoints are configured, not discovered, so that the application starts (and reports
 * Keycloak as down in its health) while Keycloak is still booting.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakConfiguration {

	static final String REGISTRATION_ID = "keycloak";

	/** Accepts tokens of our realm only: RS256 signature by the realm's keys, issuer, expiry. */
	@Bean
	JwtDecoder jwtDecoder(KeycloakProperties keycloak, Clock clock) {
		JWKSource<SecurityContext> keys = realmKeys(keycloak);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.backchannelEndpoint("certs"))
			.jwtProcessorCustomizer(
					processor -> processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys)))
			.build();
		JwtTimestampValidator expiry = new JwtTimestampValidator();
		expiry.setClock(clock);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(keycloak.issuer())));
		return decoder;
	}

	/**
	 * The realm's signing keys. Spring's default would forget them five minutes after the last
	 * fetch and then fail every token while Keycloak is away; these stay in use through an
	 * outage (for keys-outage-tolerance), so tokens issued before it keep working. A token
	 * naming an unknown key (Keycloak rotated them) makes them fetched again at once. Short
	 * timeouts: a request never waits long for a Keycloak that does not answer.
	 */
	static JWKSource<SecurityContext> realmKeys(KeycloakProperties keycloak) {
		DefaultResourceRetriever http = new DefaultResourceRetriever(2_000, 3_000, 512 * 1024);
		try {
			return JWKSourceBuilder.<SecurityContext>create(URI.create(keycloak.backchannelEndpoint("certs")).toURL(), http)
				.cache(keycloak.keysCacheTime().toMillis(), 5_000)
				.refreshAheadCache(false)
				// As Spring's default: an unknown key is looked up at once (a rotation must not wait).
				.rateLimited(false)
				.outageTolerant(keycloak.keysOutageTolerance().toMillis())
				.build();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("Invalid Keycloak URL " + keycloak.backchannelUrl(), ex);
		}
	}

	@Bean
	ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
		ClientRegistration web = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Keycloak")
			.clientId(keycloak.webClientId())
			.clientSecret(keycloak.webClientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(keycloak.issuer())
			.authorizationUri(keycloak.publicEndpoint("auth"))
			.tokenUri(keycloak.backchannelEndpoint("token"))
			.jwkSetUri(keycloak.backchannelEndpoint("certs"))
			.userInfoUri(keycloak.backchannelEndpoint("userinfo"))
			.userNameAttributeName(KeycloakClaims.USERNAME)
			.providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.publicEndpoint("logout")))
			.build();
		return new InMemoryClientRegistrationRepository(web);
	}

	/**
	 * Web users get the same authorities as API callers: read from the access token's realm
	 * roles, checked by the same decoder.
	 */
	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(JwtDecoder jwtDecoder) {
		OidcUserService standard = new OidcUserService();
		return request -> {
			OidcUser user = standard.loadUser(request);
			Jwt accessToken = jwtDecoder.decode(request.getAccessToken().getTokenValue());
			return new DefaultOidcUser(KeycloakClaims.authorities(accessToken), user.getIdToken(), user.getUserInfo(),
					KeycloakClaims.USERNAME);
		};
	}

}
