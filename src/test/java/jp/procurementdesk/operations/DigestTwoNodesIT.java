package jp.procurementdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskProcess;
import jp.procurementdesk.support.MailCatcher;
import jp.procurementdesk.support.MailCatcher.Mail;
import jp.procurementdesk.support.RestartablePostgres;
import jp.procurementdesk.support.SqlRows;
import org.junit.jupiter.api.Test;

/**
 * The daily digest on two nodes of the packaged application sharing one PostgreSQL
 * (docs/notifications.md#daily-digest): both look for due digests every 300 ms, the digest
 * time is midnight (so the day's digest is due at once), and the opportunities matched before
 * it are written straight into the database while both nodes run. Each user gets exactly one
 * mail for the day, whichever node sends it.
 */
class DigestTwoNodesIT {

	private static final Map<String, String> ADDRESSES = Map.of("acme.user", "emily.carter@acme-medical.example.com",
			"acme.second", "daniel.brooks@acme-medical.example.com", "sakura.user",
			"hana.kobayashi@sakura-diagnostics.example.com");

	private static final int OPPORTUNITIES = 3;

	@Test
	void eachUserGetsOneDigestOfTheDayFromTwoNodes() throws Exception {
		MailCatcher mail = DeskInfrastructure.testMail();
		Map<String, Object> properties = DeskProcess.withTestKeycloak();
		properties.put("desk.digest.at", "00:00");
		properties.put("desk.digest.check-every", "PT0.3S");
		properties.put("desk.notifications.mail.send-interval", "PT0.5S");
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", mail.port());
		try (RestartablePostgres postgres = RestartablePostgres.start(Path.of("target/digest-nodes-postgres"))) {
			properties.putAll(postgres.applicationProperties());
			try (DeskProcess a = DeskProcess.start("digest-node-a", properties)) {
				a.await("/actuator/health/readiness", Duration.ofMinutes(4));
				try (DeskProcess b = DeskProcess.start("digest-node-b", properties)) {
					b.await("/actuator/health/readiness", Duration.ofMinutes(4));
					String tag = UUID.randomUUID().toString().substring(0, 8);
					matchedYesterday(postgres.jdbcUrl(), tag);

					long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
					while (ADDRESSES.values().stream().anyMatch(to -> digests(mail, to, tag).isEmpty())
							&& System.nanoTime() < deadline) {
						Thread.sleep(250);
					}
					// Time for second mails, were there any: more than thirty rounds of each node.
					Thread.sleep(10_000);
					for (String address : ADDRESSES.values()) {
						List<Mail> digests = digests(mail, address, tag);
						assertThat(digests).as("digests to " + address).hasSize(1);
						for (int i = 0; i < OPPORTUNITIES; i++) {
							assertThat(digests.get(0).body()).contains("Tender " + i + " " + tag);
						}
					}
					SqlRows db = new SqlRows(postgres.jdbcUrl());
					String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
					assertThat(db.column("select username || ' ' || day || ' ' || opportunities from desk.digest_sent"))
						.containsExactlyInAnyOrder(ADDRESSES.keySet().stream().map(user -> user + " " + today + " "
								+ OPPORTUNITIES).toArray(String[]::new));
					assertThat(db.number("select count(*) from desk.digest_item")).isZero();
					long byA = a.logText().lines().filter(line -> line.contains("Digest of " + today)).count();
					long byB = b.logText().lines().filter(line -> line.contains("Digest of " + today)).count();
					assertThat(byA + byB).as("digests queued by the two nodes").isEqualTo(ADDRESSES.size());
					String line = "digest on two nodes: %d users, one mail each (node A queued %d, node B %d)"
						.formatted(ADDRESSES.size(), byA, byB);
					System.out.println(line);
					Files.writeString(Path.of("target/digest-two-nodes.txt"), line + System.lineSeparator());
				}
			}
		}
	}

	/** Published opportunities matched to the three demo company users a day ago, in one transaction. */
	private static void matchedYesterday(String jdbcUrl, String tag) throws Exception {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
			db.setAutoCommit(false);
			List<UUID> ids = new ArrayList<>();
			try (PreparedStatement insert = db.prepareStatement("""
					insert into desk.opportunity (id, kind, status, title, summary, agency, deadline, created_by, created_at, published_at)
					values (?, 'UN_TENDER', 'PUBLISHED', ?, 'A tender.', 'UNICEF', now() + interval '30 days', 'advisor.tanaka',
					        now() - interval '2 days', now() - interval '2 days')""")) {
				for (int i = 0; i < OPPORTUNITIES; i++) {
					UUID id = UUID.randomUUID();
					ids.add(id);
					insert.setObject(1, id);
					insert.setString(2, "Tender " + i + " " + tag);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			try (PreparedStatement insert = db.prepareStatement("""
					insert into desk.digest_item (username, opportunity_id, company_id, queued_at)
					values (?, ?, ?, now() - interval '2 days')""")) {
				for (String user : ADDRESSES.keySet()) {
					for (UUID id : ids) {
						insert.setString(1, user);
						insert.setObject(2, id);
						insert.setString(3, user.startsWith("acme") ? "acme-medical" : "sakura-diagnostics");
						insert.addBatch();
					}
				}
				insert.executeBatch();
			}
			db.commit();
		}
	}

	private static List<Mail> digests(MailCatcher mail, String address, String tag) {
		return mail.receivedBy(address).stream().filter(each -> each.body().contains(tag)).toList();
	}

}
