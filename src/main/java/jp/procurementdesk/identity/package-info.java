/**
 * Identity: who the user is. Our "Keycloak adapter": maps Keycloak tokens (realm roles,
 * {@code company_id}) to Spring Security, secures the web pages (OAuth2 login) and the API
 * (bearer JWT), and knows the client companies.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared" })
package jp.procurementdesk.identity;

import org.springframework.modulith.ApplicationModule;
