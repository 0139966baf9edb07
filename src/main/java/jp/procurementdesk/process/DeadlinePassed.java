package jp.procurementdesk.process;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A deadline watched through {@link Deadlines} passed: published by the timer job of
 * {@code deadline-watch}, in its transaction.
 *
 * @param deadline the deadline as it was watched
 */
public record DeadlinePassed(UUID subjectId, OffsetDateTime deadline) {
}
