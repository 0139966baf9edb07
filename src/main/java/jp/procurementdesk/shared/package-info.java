/**
 * Shared kernel of the API: paging and the errors every module may raise, rendered as
 * RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package jp.procurementdesk.shared;
