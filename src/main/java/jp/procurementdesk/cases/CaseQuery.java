package jp.procurementdesk.cases;

/**
 * Filters of the case list.
 *
 * @param status only cases in this status, or all
 * @param text part of the reference, product name or company name, or null
 */
public record CaseQuery(CaseStatus status, String text, int page, int size) {

}
