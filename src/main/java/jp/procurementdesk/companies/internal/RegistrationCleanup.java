package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what the desk no longer keeps (docs/companies.md, Registration): unverified
 * registrations whose link has expired, with everything they held, and rejected ones past
 * {@code desk.registration.keep-rejected}; and the rate limit's buckets nobody has used for an
 * hour. Every node runs it; a transaction-scoped advisory lock lets one node at a time do the
 * work (the others skip that round).
 */
@Component
class RegistrationCleanup {

	private static final Logger log = LoggerFactory.getLogger(RegistrationCleanup.class);

	/** The advisory lock's key: "registration cleanup", any number no other lock of the desk uses. */
	static final long LOCK = 0x7265_6763_6c65_616eL;

	private final RegistrationRepository registrations;

	private final RegistrationRateLimit rateLimit;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RegistrationCleanup(RegistrationRepository registrations, RegistrationRateLimit rateLimit, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.registrations = registrations;
		this.rateLimit = rateLimit;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	void scheduled() {
		try {
			deleteDue();
		}
		catch (RuntimeException ex) {
			log.warn("Registration cleanup failed, next round in 10 minutes: {}", ex.toString());
		}
	}

	/** One round; returns the registrations deleted (0 when another node holds the lock). */
	int deleteDue() {
		Integer deleted = transactions.execute(status -> {
			Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK)
				.query(Boolean.class)
				.single();
			if (!Boolean.TRUE.equals(locked)) {
				return 0;
			}
			int rows = registrations.deleteDue(OffsetDateTime.now(clock));
			int buckets = rateLimit.removeUnused();
			if (rows > 0 || buckets > 0) {
				log.info("Registration cleanup: {} registrations and {} rate-limit buckets deleted", rows, buckets);
			}
			return rows;
		});
		return deleted == null ? 0 : deleted;
	}

}
