package jp.procurementdesk.process;

/** The job executor's backlog, for monitoring. */
public interface JobBacklog {

	/** Executable jobs due now and not run yet (timers, async steps). */
	long dueJobs();

}
