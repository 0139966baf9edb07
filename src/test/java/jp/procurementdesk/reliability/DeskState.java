package jp.procurementdesk.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of everything a request could change: row count and checksum of every
 * {@code desk.*} table (new tables included automatically) and of Camunda's runtime tables
 * of tasks, executions, variables and identity links. Columns that background work updates
 * on its own (the mail sender's attempts) are left out, and document bytes are summarised.
 * Web sessions ({@code spring_session*}) are not the desk's data: a refused page request may
 * start an anonymous one (the request saved for after sign-in).
 */
final class DeskState {

	/** Per table, the row text that counts; the whole row unless listed here. */
	private static final Map<String, String> ROW = Map.of("desk.document_chunk",
			"t.document_id::text || '/' || t.seq || '/' || length(t.data)", "desk.mail_outbox",
			"t.id::text || '/' || t.recipient || '/' || t.subject || '/' || coalesce(t.notification_id::text, '')",
			"desk.flyway_schema_history", "t.installed_rank::text");

	private static final List<String> ENGINE_TABLES = List.of("public.act_ru_task", "public.act_ru_execution",
			"public.act_ru_variable", "public.act_ru_identitylink");

	private final JdbcTemplate jdbc;

	private final List<String> tables;

	DeskState(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		List<String> desk = jdbc.queryForList("select 'desk.' || table_name from information_schema.tables "
				+ "where table_schema = 'desk' and table_type = 'BASE TABLE' and table_name not like 'spring_session%' "
				+ "order by table_name", String.class);
		this.tables = new ArrayList<>(desk);
		this.tables.addAll(ENGINE_TABLES);
	}

	/** Table -> "rows:checksum". */
	Map<String, String> snapshot() {
		StringBuilder sql = new StringBuilder();
		for (String table : tables) {
			if (!sql.isEmpty()) {
				sql.append(" union all ");
			}
			String row = ROW.getOrDefault(table, "t::text");
			sql.append("select '").append(table).append("', count(*) || ':' || md5(coalesce(string_agg(md5(")
				.append(row).append("), ',' order by md5(").append(row).append(")), '')) from ").append(table).append(" t");
		}
		Map<String, String> state = new TreeMap<>();
		jdbc.query(sql.toString(), rows -> {
			state.put(rows.getString(1), rows.getString(2));
		});
		return state;
	}

	/** The tables whose fingerprint differs, for the failure message. */
	static List<String> differences(Map<String, String> before, Map<String, String> after) {
		return after.keySet()
			.stream()
			.filter(table -> !after.get(table).equals(before.get(table)))
			.map(table -> table + " " + before.get(table) + " -> " + after.get(table))
			.toList();
	}

	List<String> tables() {
		return List.copyOf(tables);
	}

	static Map<String, String> copy(Map<String, String> state) {
		return new TreeMap<>(state);
	}

}
