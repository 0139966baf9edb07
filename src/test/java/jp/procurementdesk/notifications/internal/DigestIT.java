package jp.procurementdesk.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.procurementdesk.identity.CompanyAccounts;
import jp.procurementdesk.opportunities.Notices;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.MailCatcher;
import jp.procurementdesk.support.MailCatcher.Mail;
import jp.procurementdesk.support.TestClock.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily digest on one node with the movable clock (docs/notifications.md#daily-digest):
 * from 08:00 in the desk's zone each user gets one mail listing what matched since their last
 * digest, in their language; nothing before the time, nothing twice a day, nothing to a user
 * disabled since or of a company suspended since, no closed opportunity, no mail when nothing is new.
 */
@DeskIntegrationTest
class DigestIT {

	@Autowired
	DigestMails digests;

	@Autowired
	Opportunities opportunities;

	@Autowired
	CompanyAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	MailCatcher mail = DeskInfrastructure.testMail();

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void eachUserGetsOneDigestADayInTheirLanguageListingWhatMatchedSinceTheLastOne() throws Exception {
		String company = Notices.ivdCompany(jdbc, "Digest Diagnostics", "ACTIVE");
		String later = Notices.ivdCompany(jdbc, "Suspended Since Diagnostics", "ACTIVE");
		String english = Notices.user(accounts, company, "reader", Locale.ENGLISH);
		String japanese = Notices.user(accounts, company, "yomite", Locale.JAPANESE);
		String leaver = Notices.user(accounts, company, "leaver", Locale.ENGLISH);
		String ofSuspended = Notices.user(accounts, later, "paused", Locale.ENGLISH);
		Notices notices = new Notices(opportunities);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		OpportunityView first = notices.ivdTender("Syphilis RDTs <i>" + tag + "</i>");
		OpportunityView second = notices.published(Notices.tender("Hepatitis C tests " + tag,
				jp.procurementdesk.opportunities.OpportunityKind.WHO_EOI, jp.procurementdesk.cases.ProductCategory.IVD));
		OpportunityView closed = notices.ivdTender("Closed before the digest " + tag);
		jdbc.sql("update desk.opportunity set status = 'CLOSED', closed_at = now() where id = :id")
			.param("id", closed.id())
			.update();
		accounts.disable(company, leaver);
		jdbc.sql("update desk.company set status = 'SUSPENDED' where id = :id").param("id", later).update();

		// Published after today's digest time (or before it, but it is not yet due): nothing yet.
		digests.sendDue();
		Thread.sleep(1500);
		assertThat(digestsTo(english)).isEmpty();

		ZonedDateTime now = ZonedDateTime.now(clock);
		ZonedDateTime eight = now.toLocalDate().atTime(8, 0).atZone(clock.getZone());
		ZonedDateTime next = eight.isAfter(now) ? eight : eight.plusDays(1);
		clock.advance(Duration.between(now, next.plusMinutes(1)));
		LocalDate day = next.toLocalDate();
		digests.sendDue();

		Mail toEnglish = awaitDigests(english, 1).get(0);
		assertThat(toEnglish.subject()).isEqualTo("[Procurement Desk] Your opportunities of " + day + " (2)");
		assertThat(toEnglish.body()).contains("Hello Test reader")
			.contains("2 new opportunity(ies) matched your company's interests")
			.contains("- Syphilis RDTs <i>" + tag + "</i> (UN tender), deadline "
					+ first.deadline().toLocalDate() + " 17:00 (Asia/Tokyo)")
			.contains("http://localhost:8080/opportunities/" + first.id())
			.contains("- Hepatitis C tests " + tag + " (WHO invitation for expressions of interest)")
			.contains("http://localhost:8080/opportunities/" + second.id())
			.doesNotContain("Closed before the digest");
		Mail toJapanese = awaitDigests(japanese, 1).get(0);
		assertThat(toJapanese.subject()).isEqualTo("【国際調達支援デスク】" + day + " の案件情報（2 件）");
		assertThat(toJapanese.body()).contains("Test yomite 様").contains("国連調達の入札公告")
			.contains("/opportunities/" + second.id());

		// Again the same day, and once more after the day's items were taken: nothing.
		digests.sendDue();
		clock.advance(Duration.ofHours(2));
		digests.sendDue();
		Thread.sleep(2000);
		assertThat(digestsTo(english)).hasSize(1);
		assertThat(digestsTo(japanese)).hasSize(1);
		assertThat(digestsTo(leaver)).as("disabled since").isEmpty();
		assertThat(digestsTo(ofSuspended)).as("company suspended since").isEmpty();
		assertThat(sentDays(english)).containsExactly(day.toString());
		assertThat(waitingFor(leaver) + waitingFor(ofSuspended) + waitingFor(english)).as("items left").isZero();

		// Published after the day's digest: it waits for the next day's, which lists it alone.
		OpportunityView third = notices.ivdTender("Dengue NS1 tests " + tag);
		digests.sendDue();
		Thread.sleep(1500);
		assertThat(digestsTo(english)).hasSize(1);
		clock.advance(Duration.ofDays(1));
		digests.sendDue();
		List<Mail> both = awaitDigests(english, 2);
		Mail nextDay = both.get(1);
		assertThat(nextDay.subject()).isEqualTo("[Procurement Desk] Your opportunities of " + day.plusDays(1) + " (1)");
		assertThat(nextDay.body()).contains("Dengue NS1 tests " + tag).doesNotContain("Syphilis")
			.contains("/opportunities/" + third.id());
	}

	/** Digest mails only: a new user also gets Keycloak's invitation. */
	private List<Mail> digestsTo(String address) {
		return mail.receivedBy(address)
			.stream()
			.filter(each -> each.subject().contains("Your opportunities") || each.subject().contains("案件情報"))
			.toList();
	}

	private List<Mail> awaitDigests(String address, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (digestsTo(address).size() < count && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(digestsTo(address)).as("digests to " + address).hasSizeGreaterThanOrEqualTo(count);
		return digestsTo(address);
	}

	private List<String> sentDays(String username) {
		return jdbc.sql("select day::text from desk.digest_sent where username = :user order by day")
			.param("user", username)
			.query(String.class)
			.list();
	}

	private long waitingFor(String username) {
		return jdbc.sql("select count(*) from desk.digest_item where username = :user")
			.param("user", username)
			.query(Long.class)
			.single();
	}

}
