package jp.procurementdesk.companies;

/**
 * The supervisors' company list filters.
 *
 * @param text part of the name, the Japanese name, the id or the corporate number, or null
 * @param status only companies in this status, or all
 */
public record CompanySearch(String text, CompanyStatus status, int page, int size) {
}
