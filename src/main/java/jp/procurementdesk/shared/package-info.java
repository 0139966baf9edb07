/**
 * Shared kernel of the API: paging and the errors every module may raise, rendered as
 * RFC 9457 problem details.
 */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
package jp.procurementdesk.shared;

import org.springframework.modulith.ApplicationModule;
