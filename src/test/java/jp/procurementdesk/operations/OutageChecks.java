package jp.procurementdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.operations.OutageClients.Call;
import jp.procurementdesk.support.RestartablePostgres;

/** What {@link DatabaseOutageIT} checks after the outage: the answers given and the data left. */
final class OutageChecks {

	private static final ObjectMapper JSON = new ObjectMapper();

	private OutageChecks() {
	}

	/** 503 with Retry-After and an RFC 9457 body, no stack trace or SQL in it. */
	static void isProblemDetail(Call call) {
		assertThat(call.contentType()).as(call.toString()).startsWith("application/problem+json");
		assertThat(call.retryAfter()).as(call.toString()).isNotBlank();
		JsonNode body = json(call.body());
		assertThat(body.path("type").asText()).as(call.toString()).isNotBlank();
		assertThat(body.path("title").asText()).as(call.toString()).isNotBlank();
		assertThat(body.path("status").asInt()).as(call.toString()).isEqualTo(503);
		assertThat(body.path("detail").asText()).as(call.toString()).isNotBlank();
		assertThat(call.body()).as(call.toString())
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContainIgnoringCase("select ");
	}

	/**
	 * Every acknowledged case exists with its process, every case has one and every process
	 * its case (one transaction: all or nothing); and the job executor survived: every case's
	 * triage timer fires, also those that fell due while the database was away.
	 */
	static int assertNothingHalfWritten(RestartablePostgres postgres, Set<String> acknowledged)
			throws SQLException, InterruptedException {
		try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres")) {
			Set<String> cases = ids(db, "select id from desk.support_case");
			Set<String> processes = ids(db, "select business_key_ from act_hi_procinst where proc_def_key_ = 'support-case'");
			assertThat(cases).as("cases acknowledged with 201").containsAll(acknowledged);
			assertThat(processes).as("cases with their process").containsExactlyInAnyOrderElementsOf(cases);
			long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			Set<String> withoutBreach = cases;
			while (!withoutBreach.isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(1_000);
				withoutBreach = ids(db, """
						select c.id from desk.support_case c where not exists (select 1 from desk.case_sla_breach b
						where b.case_id = c.id and b.kind = 'TRIAGE_OVERDUE')""");
			}
			assertThat(withoutBreach).as("cases whose triage timer never fired").isEmpty();
			return cases.size();
		}
	}

	static long percentile(List<Long> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
	}

	static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new AssertionError("Not JSON: " + body, ex);
		}
	}

	private static Set<String> ids(Connection db, String sql) throws SQLException {
		Set<String> ids = new HashSet<>();
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

}
