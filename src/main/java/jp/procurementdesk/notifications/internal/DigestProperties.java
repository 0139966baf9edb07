package jp.procurementdesk.notifications.internal;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code desk.digest.*} (docs/notifications.md#daily-digest).
 *
 * @param at the time of day, in the desk's zone ({@code desk.time.zone}), from which the day's
 * digest goes out
 * @param checkEvery how often each node looks whether a digest is due
 */
@ConfigurationProperties("desk.digest")
record DigestProperties(LocalTime at, Duration checkEvery) {

}
