package jp.procurementdesk.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Camunda Cockpit, Tasklist and Admin behind the same Keycloak login. The engine reads users
 * and groups from Keycloak (camunda-platform-7-keycloak, service account of
 * {@code camunda-identity-service}); the webapps take the user Spring Security signed in,
 * so there is no second login. Spring Security lets only supervisors reach /camunda/**.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappSso {

	/** The Camunda admin group of the realm; supervisors are its members. */
	static final String ADMIN_GROUP = "camunda-admin";

	@Bean
	KeycloakIdentityProviderPlugin keycloakIdentityProvider(KeycloakProperties keycloak) {
		KeycloakIdentityProviderPlugin plugin = new KeycloakIdentityProviderPlugin();
		String base = keycloak.backchannelUrl().toString().replaceAll("/$", "");
		plugin.setKeycloakIssuerUrl(keycloak.backchannelRealm());
		plugin.setKeycloakAdminUrl(base + "/admin/realms/" + keycloak.realm());
		plugin.setClientId(keycloak.adminClientId());
		plugin.setClientSecret(keycloak.adminClientSecret());
		plugin.setUseUsernameAsCamundaUserId(true);
		plugin.setUseGroupPathAsCamundaGroupId(false);
		plugin.setAdministratorGroupName(ADMIN_GROUP);
		// One Keycloak call per query otherwise; users and groups change rarely.
		plugin.setCacheEnabled(true);
		plugin.setMaxCacheSize(500);
		plugin.setCacheExpirationTimeoutMin(5);
		return plugin;
	}

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.addInitParameter("authentication-provider", SpringSecurityUser.class.getName());
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		// After Spring Security's filter chain (order -100), which has signed the user in.
		registration.setOrder(101);
		registration.setName("camunda-webapp-sso");
		return registration;
	}

	/** Hands the Spring Security (Keycloak) user and their Camunda groups to the webapps. */
	public static class SpringSecurityUser extends ContainerBasedAuthenticationProvider {

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser)) {
				return AuthenticationResult.unsuccessful();
			}
			String userId = authentication.getName();
			List<String> groups = engine.getIdentityService()
				.createGroupQuery()
				.groupMember(userId)
				.list()
				.stream()
				.map(Group::getId)
				.toList();
			AuthenticationResult result = AuthenticationResult.successful(userId);
			result.setGroups(groups);
			return result;
		}

	}

}
