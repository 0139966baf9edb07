package jp.procurementdesk.companies;

/** A company in the supervisors' list ({@code GET /api/companies}). */
public record CompanySummary(String id, String name, String nameJa, String country, String corporateNumber,
		CompanyStatus status) {
}
