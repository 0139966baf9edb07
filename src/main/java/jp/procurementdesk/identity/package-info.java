/**
 * Identity: who the user is. Our "Keycloak adapter": maps Keycloak tokens (realm roles,
 * {@code company_id}) to Spring Security, secures the web pages (OAuth2 login) and the API
 * (bearer JWT), and knows the client companies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package jp.procurementdesk.identity;
