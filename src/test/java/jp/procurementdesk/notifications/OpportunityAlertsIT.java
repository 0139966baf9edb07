package jp.procurementdesk.notifications;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.identity.CompanyAccounts;
import jp.procurementdesk.opportunities.Notices;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishing an opportunity tells the users of the companies it matches in the application at
 * once (docs/notifications.md#opportunities), in their language, linking to the opportunity;
 * no one else, no user of a suspended company, no disabled user.
 */
@DeskIntegrationTest
class OpportunityAlertsIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Opportunities opportunities;

	@Autowired
	CompanyAccounts accounts;

	@Test
	void aMatchingCompanysUsersSeeTheOpportunityInTheirNotificationsAndNoOneElseDoes() {
		Api api = new Api(http);
		OpportunityView tender = new Notices(opportunities).ivdTender("HIV rapid tests <b>LTA</b> " + UUID.randomUUID());

		JsonNode toSakura = notificationOf(api, SAKURA, tender.id(), "en");
		assertThat(toSakura).as("Sakura (IVD, UNICEF, 4113) hears of it").isNotNull();
		assertThat(toSakura.path("kind").asText()).isEqualTo("OPPORTUNITY_PUBLISHED");
		assertThat(toSakura.path("caseId").isNull() || toSakura.path("caseId").isMissingNode()).isTrue();
		assertThat(toSakura.path("link").asText()).endsWith("/opportunities/" + tender.id());
		assertThat(toSakura.path("text").asText())
			.isEqualTo("New opportunity for your company: " + tender.title() + " (UN tender)");
		assertThat(toSakura.path("read").asBoolean()).isFalse();
		assertThat(notificationOf(api, SAKURA, tender.id(), "ja").path("text").asText())
			.isEqualTo("貴社向けの新しい案件情報: " + tender.title() + "（国連調達の入札公告）");

		for (String outsider : List.of(ACME, ACME_SECOND, ADVISOR, SUPERVISOR)) {
			assertThat(notificationOf(api, outsider, tender.id(), "en")).as(outsider + " (not matched)").isNull();
		}
		assertThat(waiting(SAKURA, tender.id())).as("waits for Sakura's daily digest").isOne();
		assertThat(waiting(ACME, tender.id())).isZero();
	}

	@Test
	void noOneOfASuspendedCompanyAndNoDisabledUserIsNotified() {
		String active = Notices.ivdCompany(jdbc, "Alerted Diagnostics", "ACTIVE");
		String suspended = Notices.ivdCompany(jdbc, "Suspended Diagnostics", "SUSPENDED");
		String stays = Notices.user(accounts, active, "stays", Locale.ENGLISH);
		String leaver = Notices.user(accounts, active, "leaver", Locale.ENGLISH);
		String ofSuspended = Notices.user(accounts, suspended, "paused", Locale.ENGLISH);
		accounts.disable(active, leaver);

		OpportunityView tender = new Notices(opportunities).ivdTender("Malaria RDTs " + UUID.randomUUID());

		assertThat(notified(stays, tender.id())).as("the enabled user of the active company").isOne();
		assertThat(notified(leaver, tender.id())).as("the disabled user").isZero();
		assertThat(notified(ofSuspended, tender.id())).as("the suspended company's user").isZero();
		assertThat(waiting(stays, tender.id())).isOne();
		assertThat(waiting(leaver, tender.id()) + waiting(ofSuspended, tender.id())).isZero();
	}

	@Test
	void aDraftTellsNoOne() {
		OpportunityView draft = new Notices(opportunities).draft(Notices.tender("Draft " + UUID.randomUUID(),
				jp.procurementdesk.opportunities.OpportunityKind.UN_TENDER, jp.procurementdesk.cases.ProductCategory.IVD));
		assertThat(jdbc.sql("select count(*) from desk.notification where parameters ->> 'opportunityId' = :id")
			.param("id", draft.id().toString())
			.query(Long.class)
			.single()).isZero();
	}

	private long notified(String username, UUID opportunityId) {
		return jdbc.sql("""
				select count(*) from desk.notification
				where recipient = :user and kind = 'OPPORTUNITY_PUBLISHED' and parameters ->> 'opportunityId' = :id""")
			.param("user", username)
			.param("id", opportunityId.toString())
			.query(Long.class)
			.single();
	}

	private long waiting(String username, UUID opportunityId) {
		return jdbc.sql("select count(*) from desk.digest_item where username = :user and opportunity_id = :id")
			.param("user", username)
			.param("id", opportunityId)
			.query(Long.class)
			.single();
	}

	private JsonNode notificationOf(Api api, String user, UUID opportunityId, String language) {
		HttpHeaders headers = api.headers(user);
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		JsonNode page = http.exchange("/api/notifications?size=100", HttpMethod.GET, new HttpEntity<>(headers),
				JsonNode.class).getBody();
		return StreamSupport.stream(page.path("items").spliterator(), false)
			.filter(item -> item.path("parameters").path("opportunityId").asText().equals(opportunityId.toString()))
			.findFirst()
			.orElse(null);
	}

}
