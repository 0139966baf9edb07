package jp.procurementdesk.process;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A deadline the engine's job executor watches for a module above process (docs/processes.md,
 * deadline-watch): when it passes, {@link DeadlinePassed} is published once across all nodes, in
 * the timer job's transaction (what a listener throws makes the job retry). Both methods join the
 * caller's transaction.
 */
public interface Deadlines {

	/**
	 * Watches the subject's deadline; a deadline watched already is replaced (the timer moves).
	 * A deadline in the past passes at once, on the job executor's next round.
	 */
	void watch(UUID subjectId, OffsetDateTime at);

	/** Stops watching the subject's deadline (nothing happens when none is watched). */
	void cancel(UUID subjectId);

}
