/**
 * Cases: the support case aggregate (docs/contract.md, Case), its reference, visibility rules and
 * the append-only timeline. Other modules read cases through {@link jp.procurementdesk.cases.Cases}
 * and report what happened through {@link jp.procurementdesk.cases.CaseUpdates}.
 */
@ApplicationModule(displayName = "Cases", allowedDependencies = { "identity", "shared" })
package jp.procurementdesk.cases;

import org.springframework.modulith.ApplicationModule;
