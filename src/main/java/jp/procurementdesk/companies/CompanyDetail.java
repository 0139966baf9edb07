package jp.procurementdesk.companies;

import java.util.List;
import java.util.Map;

import jp.procurementdesk.identity.CompanyAccounts.CompanyAccount;

/**
 * A company as supervisors see it ({@code GET /api/companies/{id}}).
 *
 * @param users its Keycloak users, enabled and disabled
 * @param casesByStatus its cases per status (every status, zero when none)
 * @param audit what happened to it and its users, oldest first
 */
public record CompanyDetail(CompanyProfile profile, List<CompanyAccount> users, Map<String, Long> casesByStatus,
		List<CompanyAuditRecord> audit) {
}
