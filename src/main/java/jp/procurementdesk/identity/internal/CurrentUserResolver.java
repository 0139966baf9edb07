package jp.procurementdesk.identity.internal;

import java.util.List;

import jp.procurementdesk.identity.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers declare a {@link CurrentUser} parameter. Browser sessions (OIDC user) and
 * bearer tokens (JWT) both carry Keycloak claims, so one mapping serves both.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	static {
		// Taken from the token, not sent by the client: no parameter of the API's description.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	static CurrentUser of(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof ClaimAccessor claims)) {
			throw new AuthenticationCredentialsNotFoundException("No Keycloak user in this request");
		}
		return KeycloakClaims.currentUser(claims, authentication.getAuthorities());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(CurrentUser.class);
	}

	@Override
	public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

}
