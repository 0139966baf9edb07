package jp.procurementdesk.notifications;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.MailCatcher.Mail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;

/** With the triage SLA set to seconds (as TriageEscalationIT: same context), supervisors hear of the breach. */
@DeskIntegrationTest
@TestPropertySource(properties = "desk.sla.triage=PT2S")
class NotificationEscalationIT {

	@Autowired
	TestRestTemplate http;

	@Test
	void triageEscalationMailsAndNotifiesSupervisors() throws InterruptedException {
		Api api = new Api(http);
		UUID caseId = Api.id(api.openCase(SAKURA, "VECTOR_CONTROL", "WHO_PQ"));
		String reference = api.caseOf(SAKURA, caseId).path("reference").asText();

		List<Mail> mails = List.of();
		long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
		while (mails.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(250);
			mails = DeskInfrastructure.testMail().received().stream()
				.filter(m -> m.subject().contains(reference) && m.subject().contains("service level"))
				.toList();
		}
		assertThat(mails).extracting(m -> m.to().get(0)).containsExactly("hiroshi.sato@procurement-desk.example.org");
		assertThat(mails.get(0).subject())
			.isEqualTo("[Procurement Desk] Case " + reference + ": service level breached: Triage overdue.");

		JsonNode breach = NotificationsIT.notificationOf(api, SUPERVISOR, caseId, "SLA_BREACHED");
		assertThat(breach).isNotNull();
		assertThat(breach.path("parameters").path("breachKind").asText()).isEqualTo("TRIAGE_OVERDUE");
		for (String user : List.of(SAKURA, ADVISOR, ACME)) {
			assertThat(NotificationsIT.notificationOf(api, user, caseId, "SLA_BREACHED")).as(user).isNull();
		}
	}

}
