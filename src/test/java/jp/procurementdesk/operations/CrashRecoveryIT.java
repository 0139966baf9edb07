package jp.procurementdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.procurementdesk.support.DeskLoad;
import jp.procurementdesk.support.DeskProcess;
import jp.procurementdesk.support.RestartablePostgres;
import jp.procurementdesk.support.SqlRows;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the packaged application while eight clients open cases and accept
 * triages, then a restart on the same database. Whatever was acknowledged is there, at the
 * right step; nothing is half-written (case without process, process without case, task
 * list out of step with the engine); and the triage timers that fell due while the
 * application was down fire after the restart, each exactly once.
 */
class CrashRecoveryIT {

	private static final Duration TRIAGE_SLA = Duration.ofSeconds(20);

	private static final Duration LOAD = Duration.ofSeconds(35);

	private static final Duration DOWN = Duration.ofSeconds(25);

	@Test
	void nothingAcknowledgedIsLostAndOverdueTimersFireOnceAfterRestart() throws Exception {
		Map<String, Object> properties = DeskProcess.withTestKeycloak();
		properties.put("desk.sla.triage", TRIAGE_SLA.toString());
		properties.put("camunda.bpm.job-execution.wait-time-in-millis", 500);
		properties.put("camunda.bpm.job-execution.max-wait", 1000);
		// Jobs the killed node had acquired stay locked until this expires (5 min by default),
		// then run on the node that is up: a short lock keeps the test short.
		properties.put("camunda.bpm.job-execution.lock-time-in-millis", 10000);
		try (RestartablePostgres postgres = RestartablePostgres.start(Path.of("target/crash-postgres"))) {
			properties.putAll(postgres.applicationProperties());
			SqlRows db = new SqlRows(postgres.jdbcUrl());
			DeskLoad load;
			long killedAt;
			try (DeskProcess first = DeskProcess.start("crash-before", properties)) {
				first.await("/actuator/health/readiness", Duration.ofMinutes(4));
				load = new DeskLoad(List.of(first.url()), 8).start();
				Thread.sleep(LOAD.toMillis());
				first.kill();
				killedAt = System.currentTimeMillis();
				load.stop();
			}
			Thread.sleep(Math.max(0, killedAt + DOWN.toMillis() - System.currentTimeMillis()));
			long restartedAt = System.currentTimeMillis();
			try (DeskProcess second = DeskProcess.start("crash-after", properties)) {
				second.await("/actuator/health/readiness", Duration.ofMinutes(4));
				String figures = check(db, load, killedAt, restartedAt);
				System.out.println(figures);
				Files.writeString(Path.of("target/crash.txt"), figures + System.lineSeparator());
			}
		}
	}

	private static String check(SqlRows db, DeskLoad load, long killedAt, long restartedAt) throws InterruptedException {
		Set<String> acknowledged = load.acknowledgedCases();
		Set<String> triaged = load.acknowledgedTriages();
		assertThat(acknowledged).as("cases acknowledged before the crash").hasSizeGreaterThan(20);
		assertThat(load.serverErrors()).as("5xx before the crash").isEmpty();

		Set<String> cases = db.set("select id from desk.support_case");
		assertThat(cases).as("acknowledged cases after the restart").containsAll(acknowledged);
		assertThat(db.column("select reference from desk.support_case group by reference having count(*) > 1"))
			.as("duplicate references").isEmpty();
		assertThat(db.set("select business_key_ from act_hi_procinst where proc_def_key_ = 'support-case'"))
			.as("one process per case, one case per process").containsExactlyInAnyOrderElementsOf(cases)
			.hasSameSizeAs(db.column("select business_key_ from act_hi_procinst where proc_def_key_ = 'support-case'"));
		assertThat(db.column("select count(*) from act_hi_procinst where proc_def_key_ = 'support-case' and end_time_ is not null"))
			.as("processes ended").containsExactly("0");

		// The step: a case in triage has its triage task, an accepted one its consultation.
		assertThat(db.set("select status from desk.support_case")).isSubsetOf("TRIAGE", "CONSULTATION");
		assertThat(openTaskCases(db, "triage"))
			.containsExactlyInAnyOrderElementsOf(db.set("select id from desk.support_case where status = 'TRIAGE'"));
		Set<String> consulting = db.set("select id from desk.support_case where status = 'CONSULTATION'");
		assertThat(openTaskCases(db, "initial-consultation")).containsExactlyInAnyOrderElementsOf(consulting);
		assertThat(consulting).as("triages acknowledged before the crash").containsAll(triaged);
		assertThat(db.set("select task_id from desk.open_task")).as("task list beside the engine's tasks")
			.containsExactlyInAnyOrderElementsOf(db.set("select id_ from act_ru_task"));

		// Every case still in triage opened before the crash gets its breach, once.
		String overdue = "select id from desk.support_case c where status = 'TRIAGE' and opened_at < to_timestamp("
				+ (killedAt / 1000.0) + ") and not exists (select 1 from desk.case_sla_breach b where b.case_id = c.id"
				+ " and b.kind = 'TRIAGE_OVERDUE')";
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!db.column(overdue).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(1_000);
		}
		assertThat(db.column(overdue)).as("cases whose overdue triage timer never fired").isEmpty();
		Thread.sleep(5_000);
		assertThat(db.column("select case_id from desk.case_sla_breach where kind = 'TRIAGE_OVERDUE'"
				+ " group by case_id having count(*) > 1")).as("triage timers that fired twice").isEmpty();
		long dueWhileDown = db.number("select count(*) from desk.case_sla_breach b join desk.support_case c on c.id ="
				+ " b.case_id where b.kind = 'TRIAGE_OVERDUE' and c.opened_at + interval '" + TRIAGE_SLA.toSeconds()
				+ " seconds' between to_timestamp(" + (killedAt / 1000.0) + ") and to_timestamp(" + (restartedAt / 1000.0)
				+ ") and b.at >= to_timestamp(" + (restartedAt / 1000.0) + ")");
		long firedBefore = db.number("select count(*) from desk.case_sla_breach where kind = 'TRIAGE_OVERDUE' and at < "
				+ "to_timestamp(" + (killedAt / 1000.0) + ")");
		assertThat(dueWhileDown).as("timers due while the application was down, fired after the restart").isPositive();
		long unanswered = load.calls().stream().filter(call -> call.status() < 0).count();
		return ("crash: %d cases acknowledged, 0 lost, 0 duplicated, %d triages acknowledged all at the next step, "
				+ "%d requests cut by the kill; %d overdue timers fired once after the restart (%d fired before the crash, "
				+ "none again)").formatted(acknowledged.size(), triaged.size(), unanswered, dueWhileDown, firedBefore);
	}

	private static Set<String> openTaskCases(SqlRows db, String taskKey) {
		return db.set("select e.business_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
				+ " where t.task_def_key_ = '" + taskKey + "'");
	}

}
