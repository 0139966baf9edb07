package jp.procurementdesk.process.internal;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On shutdown, the job executor stops acquiring jobs first, before the web server drains its
 * requests: a node that is going away takes no new timers (the other nodes or the next start
 * run them); jobs already running are left to finish (one cut short rolls back and runs
 * again once its lock expires). Camunda would otherwise acquire jobs until the
 * engine itself closes, after the web server. Runs in the highest lifecycle phase, which
 * Spring stops first (the web server's graceful shutdown phase is lower).
 */
@Component
class JobExecutorShutdown implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobExecutorShutdown.class);

	private final ObjectProvider<JobExecutor> jobExecutor;

	private volatile boolean running;

	JobExecutorShutdown(ObjectProvider<JobExecutor> jobExecutor) {
		this.jobExecutor = jobExecutor;
	}

	@Override
	public void start() {
		// Camunda starts the job executor itself, once the processes are deployed.
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		jobExecutor.ifAvailable(executor -> {
			if (executor.isActive()) {
				executor.shutdown();
				log.info("Job executor stopped: no new jobs are acquired; the web server drains next");
			}
		});
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
