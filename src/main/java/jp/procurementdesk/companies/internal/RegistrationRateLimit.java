package jp.procurementdesk.companies.internal;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jp.procurementdesk.shared.TooManyRequestsException;

import org.springframework.stereotype.Component;

/**
 * At most {@code desk.registration.per-hour} registrations per client address an hour, counted
 * in PostgreSQL (table {@code registration_rate_limit}, Bucket4j's select-for-update buckets)
 * so that every node counts against the same allowance. The allowance renews an hour after
 * the bucket's first registration. A bucket unused for an hour is worth nothing and is removed
 * by {@link RegistrationCleanup}. Its own short transactions, not the registration's: a
 * registration that fails afterwards still counts, as an attempt.
 */
@Component
class RegistrationRateLimit {

	static final String TABLE = "desk.registration_rate_limit";

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final int REMOVE_BATCH = 1000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final ProxyManager<String> proxies;

	private final BucketConfiguration configuration;

	private final int perHour;

	RegistrationRateLimit(DataSource dataSource, RegistrationProperties properties) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(TABLE)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
		this.proxies = buckets;
		this.perHour = properties.perHour();
		this.configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(properties.perHour()).refillIntervally(properties.perHour(), WINDOW))
			.build();
	}

	/**
	 * Takes one registration of the address's allowance.
	 * @throws TooManyRequestsException when none is left, with the time until one is
	 */
	void take(String clientAddress) {
		ConsumptionProbe probe = proxies.builder()
			.build(key(perHour, clientAddress), () -> configuration)
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new TooManyRequestsException("Too many registrations from this address; please try again later.",
					Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	/** Removes buckets that have been full again for a while; returns how many. */
	int removeUnused() {
		int removed = 0;
		int batch;
		do {
			batch = buckets.removeExpired(REMOVE_BATCH);
			removed += batch;
		}
		while (batch == REMOVE_BATCH);
		return removed;
	}

	/**
	 * The bucket's key: the allowance and the address as the servlet container reports it
	 * ({@code 5/203.0.113.7}), within the column's size. A bucket keeps the configuration it was
	 * made with, so a changed allowance starts with buckets of its own.
	 */
	static String key(int perHour, String clientAddress) {
		String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.strip();
		String key = perHour + "/" + address;
		return key.length() > 100 ? key.substring(0, 100) : key;
	}

}
