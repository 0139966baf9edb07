/**
 * Cases: the support case aggregate (docs/contract.md, Case), its reference, visibility rules and
 * the append-only timeline. Other modules read cases through {@link jp.procurementdesk.cases.Cases}
 * and report what happened through {@link jp.procurementdesk.cases.CaseUpdates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package jp.procurementdesk.cases;
