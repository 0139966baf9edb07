package jp.procurementdesk.identity.internal;

import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

class KeycloakClaimsTest {

	@Test
	void onlyTheDeskRealmRolesBecomeAuthorities() {
		ClaimAccessor claims = claims(Map.of("realm_access",
				Map.of("roles", List.of("offline_access", "advisor", "uma_authorization", "default-roles-procurement-desk"))));

		assertThat(KeycloakClaims.authorities(claims)).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_advisor");
	}

	@Test
	void noRealmAccessMeansNoAuthority() {
		assertThat(KeycloakClaims.authorities(claims(Map.of("sub", "x")))).isEmpty();
	}

	@Test
	void companyIdCountsOnlyForCompanyUsers() {
		Map<String, Object> advisorWithStrayAttribute = Map.of("preferred_username", ADVISOR, "company_id",
				ACME_COMPANY, "realm_access", Map.of("roles", List.of("advisor")));
		ClaimAccessor claims = claims(advisorWithStrayAttribute);

		CurrentUser user = KeycloakClaims.currentUser(claims, KeycloakClaims.authorities(claims));

		assertThat(user.companyId()).isNull();
		assertThat(user.primaryRole()).isEqualTo(DeskRole.ADVISOR);
		assertThat(user.displayName()).isEqualTo(ADVISOR);
	}

	@Test
	void companyUserCarriesTheCompanyOfTheToken() {
		ClaimAccessor claims = claims(Map.of("preferred_username", SAKURA, "name", "Hana Kobayashi",
				"company_id", SAKURA_COMPANY, "realm_access", Map.of("roles", List.of("company"))));

		CurrentUser user = KeycloakClaims.currentUser(claims, KeycloakClaims.authorities(claims));

		assertThat(user.companyId()).isEqualTo(SAKURA_COMPANY);
		assertThat(user.displayName()).isEqualTo("Hana Kobayashi");
		assertThat(user.roles()).containsExactly(DeskRole.COMPANY);
	}

	private static ClaimAccessor claims(Map<String, Object> values) {
		return () -> values;
	}

}
