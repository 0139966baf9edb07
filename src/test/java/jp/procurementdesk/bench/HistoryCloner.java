package jp.procurementdesk.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes closed cases beyond those the engine seeded, in SQL: each clone copies an
 * engine-made closed case (its desk rows, timeline, and the engine's whole history of it,
 * pathway processes included) under a new case id, reference and engine ids. A desk in
 * service for years holds mostly closed cases, whose only engine trace is history; running
 * each through the engine again would take hours and measure nothing new.
 */
final class HistoryCloner {

	/** Engine columns holding ids of the instance's own rows (not of definitions or users). */
	private static final Set<String> INSTANCE_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_",
			"execution_id_", "task_id_", "super_process_instance_id_", "parent_act_inst_id_", "act_inst_id_",
			"call_proc_inst_id_", "parent_task_id_", "operation_id_", "job_id_", "scope_activity_instance_id_");

	private final JdbcTemplate jdbc;

	HistoryCloner(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds {@code count} closed cases, copied round-robin from the closed cases there are. */
	int cloneClosedCases(int count) {
		if (count <= 0) {
			return 0;
		}
		jdbc.execute("drop table if exists desk.bench_clone");
		jdbc.execute("""
				create table desk.bench_clone as
				with templates as (
				    select sc.id as template_case, p.proc_inst_id_ as template_root,
				           row_number() over (order by sc.id) - 1 as position, count(*) over () as templates
				    from desk.support_case sc
				    join act_hi_procinst p on p.business_key_ = sc.id::text and p.super_process_instance_id_ is null
				    where sc.status = 'CLOSED'
				)
				select t.template_case, t.template_root, n as clone, gen_random_uuid() as new_case,
				       'PD-' || extract(year from now())::int || '-' || lpad(nextval('desk.case_reference_seq')::text, 6, '0')
				           as new_reference
				from generate_series(1, %d) n
				join templates t on t.position = (n - 1) %% t.templates""".formatted(count));
		jdbc.execute("create index on desk.bench_clone (template_case)");
		jdbc.execute("create index on desk.bench_clone (template_root)");
		cloneDeskRows();
		for (String table : jdbc.queryForList("""
				select table_name from information_schema.columns
				where table_schema = 'public' and table_name like 'act_hi_%' and column_name = 'root_proc_inst_id_'
				order by table_name""", String.class)) {
			cloneEngineRows(table);
		}
		Integer cloned = jdbc.queryForObject("select count(*) from desk.bench_clone", Integer.class);
		jdbc.execute("drop table desk.bench_clone");
		return cloned == null ? 0 : cloned;
	}

	private void cloneDeskRows() {
		jdbc.update("""
				insert into desk.support_case (id, reference, company_id, company_name, product_name, product_category,
				    summary, status, outcome, advisor, opened_at, closed_at, version)
				select m.new_case, m.new_reference, sc.company_id, sc.company_name, sc.product_name, sc.product_category,
				    sc.summary, sc.status, sc.outcome, sc.advisor, sc.opened_at, sc.closed_at, sc.version
				from desk.support_case sc join desk.bench_clone m on m.template_case = sc.id""");
		for (String table : List.of("case_pathway", "case_target_agency", "case_pathway_outcome", "case_sla_breach")) {
			List<String> columns = columns("desk", table).stream().filter(column -> !column.equals("case_id")).toList();
			jdbc.update("insert into desk.%s (case_id, %s) select m.new_case, %s from desk.%s t join desk.bench_clone m on m.template_case = t.case_id"
				.formatted(table, String.join(", ", columns), prefixed(columns), table));
		}
		jdbc.update("""
				insert into desk.case_timeline (case_id, at, actor, type, details)
				select m.new_case, t.at, t.actor, t.type, t.details
				from desk.case_timeline t join desk.bench_clone m on m.template_case = t.case_id
				order by m.clone, t.id""");
	}

	private void cloneEngineRows(String table) {
		List<String> columns = columns("public", table);
		String values = columns.stream().map(column -> {
			if (INSTANCE_IDS.contains(column)) {
				return "case when t.%1$s is null then null else md5(t.%1$s || '~' || m.clone) end".formatted(column);
			}
			if (column.equals("business_key_")) {
				return "case when t.business_key_ is null then null else m.new_case::text end";
			}
			if (column.equals("bytearray_id_")) {
				// Values kept in byte arrays (large or serialized) are not copied.
				return "null";
			}
			if (table.equals("act_hi_varinst") && column.equals("text_")) {
				return "case t.name_ when 'caseId' then m.new_case::text when 'caseReference' then m.new_reference else t.text_ end";
			}
			return "t." + column;
		}).collect(Collectors.joining(", "));
		jdbc.update("insert into %s (%s) select %s from %s t join desk.bench_clone m on m.template_root = t.root_proc_inst_id_"
			.formatted(table, String.join(", ", columns), values, table));
	}

	private List<String> columns(String schema, String table) {
		return jdbc.queryForList("""
				select column_name from information_schema.columns
				where table_schema = ? and table_name = ? order by ordinal_position""", String.class, schema, table);
	}

	private static String prefixed(List<String> columns) {
		return columns.stream().map(column -> "t." + column).collect(Collectors.joining(", "));
	}

}
