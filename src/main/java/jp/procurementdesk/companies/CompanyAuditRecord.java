package jp.procurementdesk.companies;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One entry of a company's audit trail: who did what, when. */
public record CompanyAuditRecord(OffsetDateTime at, String actor, CompanyAuditAction action,
		Map<String, Object> details) {

	public CompanyAuditRecord {
		details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
	}

}
