package jp.procurementdesk.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.procurementdesk.companies.InterestedCompanies;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.identity.UserDirectory.DirectoryUser;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest (docs/notifications.md#daily-digest): from {@code desk.digest.at} in the
 * desk's zone, each user with opportunities waiting in {@code desk.digest_item} since before
 * that time gets one mail listing them ({@link DigestText}), queued in the outbox in the
 * transaction that takes the user's claim of the day ({@code desk.digest_sent}, primary key
 * user and day) and removes the items. Every node runs the round; a transaction-scoped
 * advisory lock lets one node at a time do it, and the claim makes a second mail of the day
 * impossible whatever happens. Nothing goes to a user who is disabled since, who left the
 * company, or whose company is suspended since: their items are dropped. An opportunity
 * closed since is left out; no mail when nothing is left.
 */
@Component
class DigestMails {

	private static final Logger log = LoggerFactory.getLogger(DigestMails.class);

	/** The advisory lock's key: "digest", a number no other lock of the desk uses. */
	static final long LOCK = 0x6469_6765_7374_0001L;

	private final JdbcClient jdbc;

	private final MailOutbox outbox;

	private final DigestText text;

	private final UserDirectory directory;

	private final InterestedCompanies companies;

	private final Opportunities opportunities;

	private final DigestProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DigestMails(JdbcClient jdbc, MailOutbox outbox, DigestText text, UserDirectory directory,
			InterestedCompanies companies, Opportunities opportunities, DigestProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.text = text;
		this.directory = directory;
		this.companies = companies;
		this.opportunities = opportunities;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${desk.digest.check-every}", fixedDelayString = "${desk.digest.check-every}")
	void scheduled() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Digest round failed, next round in {}: {}", properties.checkEvery(), ex.toString());
		}
	}

	/** One round; returns the digests queued (0 before the day's time or when another node holds the lock). */
	int sendDue() {
		LocalDate today = LocalDate.now(clock);
		Instant due = today.atTime(properties.at()).atZone(clock.getZone()).toInstant();
		if (clock.instant().isBefore(due)) {
			return 0;
		}
		Integer queued = transactions.execute(status -> {
			Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK)
				.query(Boolean.class)
				.single();
			return Boolean.TRUE.equals(locked) ? round(today, due) : 0;
		});
		return queued == null ? 0 : queued;
	}

	private int round(LocalDate today, Instant due) {
		List<Waiting> waiting = jdbc.sql("""
				select username, opportunity_id, company_id from desk.digest_item i
				where queued_at < :due
				  and not exists (select 1 from desk.digest_sent s where s.username = i.username and s.day = :day)
				order by username, queued_at, opportunity_id""")
			.param("due", Timestamp.from(due))
			.param("day", today)
			.query(Waiting.class)
			.list();
		if (waiting.isEmpty()) {
			return 0;
		}
		Set<String> active = companies.active().keySet();
		Map<String, List<Waiting>> byUser = waiting.stream()
			.collect(Collectors.groupingBy(Waiting::username, java.util.LinkedHashMap::new, Collectors.toList()));
		int mails = 0;
		for (Map.Entry<String, List<Waiting>> entry : byUser.entrySet()) {
			if (digest(entry.getKey(), entry.getValue(), active, today, due)) {
				mails++;
			}
		}
		return mails;
	}

	/** The user's digest of the day; false when none was queued. */
	private boolean digest(String username, List<Waiting> items, Set<String> active, LocalDate today, Instant due) {
		List<OpportunityView> listed = new ArrayList<>();
		DirectoryUser recipient = null;
		for (Waiting item : items) {
			Optional<DirectoryUser> user = active.contains(item.companyId()) ? member(item.companyId(), username)
					: Optional.empty();
			if (user.isEmpty()) {
				continue;
			}
			recipient = user.get();
			opportunities.find(item.opportunityId())
				.filter(opportunity -> opportunity.status() == OpportunityStatus.PUBLISHED)
				.ifPresent(listed::add);
		}
		jdbc.sql("delete from desk.digest_item where username = :username and queued_at < :due")
			.param("username", username)
			.param("due", Timestamp.from(due))
			.update();
		if (recipient == null || listed.isEmpty()) {
			return false;
		}
		int claimed = jdbc.sql("""
				insert into desk.digest_sent (username, day, sent_at, opportunities) values (:username, :day, :now, :count)
				on conflict (username, day) do nothing""")
			.param("username", username)
			.param("day", today)
			.param("now", Timestamp.from(clock.instant()))
			.param("count", listed.size())
			.update();
		if (claimed == 0) {
			return false;
		}
		if (recipient.email() != null) {
			DigestText.Mail mail = text.mail(recipient, listed, OffsetDateTime.ofInstant(due, clock.getZone()));
			outbox.enqueue(null, username, recipient.email(), mail.subject(), mail.body());
		}
		log.info("Digest of {} for {}: {} opportunities", today, username, listed.size());
		return true;
	}

	/** The user, when still enabled and still of that company (Keycloak away: the round fails, to be tried again). */
	private Optional<DirectoryUser> member(String companyId, String username) {
		try {
			return directory.companyUsers(companyId).stream().filter(user -> user.username().equals(username)).findFirst();
		}
		catch (DataAccessException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("users of company " + companyId + " unknown: " + ex, ex);
		}
	}

	record Waiting(String username, UUID opportunityId, String companyId) {
	}

}
