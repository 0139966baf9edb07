package jp.procurementdesk.companies.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code desk.registration.*} (docs/configuration.md); the defaults are in {@code application.yml}.
 *
 * @param verifyWithin how long a verification link is valid; an unverified registration is
 * deleted then
 * @param perHour registrations a client address may send an hour, across all nodes
 * @param keepRejected how long a rejected registration is kept for the record
 */
@ConfigurationProperties("desk.registration")
record RegistrationProperties(Duration verifyWithin, int perHour, Duration keepRejected) {

	RegistrationProperties {
		positive("verify-within", verifyWithin);
		positive("keep-rejected", keepRejected);
		if (perHour < 1) {
			throw new IllegalArgumentException("desk.registration.per-hour must be at least 1, got " + perHour);
		}
	}

	private static void positive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("desk.registration." + name + " must be a positive duration, got " + value);
		}
	}

}
