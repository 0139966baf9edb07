package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.companies.CompanyAuditAction;
import jp.procurementdesk.companies.CompanyAuditRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of companies (table {@code company_audit}): appended in the transaction of
 * the change it records; there is deliberately no way to change or remove an entry.
 */
@Component
class CompanyAudit {

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	CompanyAudit(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	void record(String companyId, String actor, CompanyAuditAction action, Map<String, ?> details) {
		jdbc.sql("""
				insert into desk.company_audit (id, company_id, at, actor, action, details)
				values (:id, :company, :at, :actor, :action, cast(:details as jsonb))""")
			.param("id", UUID.randomUUID())
			.param("company", companyId)
			.param("at", OffsetDateTime.now(clock))
			.param("actor", actor)
			.param("action", action.name())
			.param("details", write(details))
			.update();
	}

	/** Oldest first. */
	List<CompanyAuditRecord> of(String companyId) {
		return jdbc.sql("select at, actor, action, details from desk.company_audit where company_id = :company order by at, id")
			.param("company", companyId)
			.query((row, n) -> new CompanyAuditRecord(row.getObject("at", OffsetDateTime.class)
				.withOffsetSameInstant(ZoneOffset.UTC), row.getString("actor"),
					CompanyAuditAction.valueOf(row.getString("action")), read(row.getString("details"))))
			.list();
	}

	private String write(Map<String, ?> details) {
		try {
			return json.writeValueAsString(details);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Audit details are not JSON: " + details, ex);
		}
	}

	private Map<String, Object> read(String details) {
		try {
			return json.readValue(details, DETAILS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable audit details: " + details, ex);
		}
	}

}
