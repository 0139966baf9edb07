/**
 * Consultations: the records of the desk's consultations with a company on a case
 * (docs/consultations.md), what the ministry counts as consultations. The case's advisor and
 * supervisors record meetings, calls, online sessions, mails and event talks; the author
 * corrects a record within seven days; whoever sees the case reads them. Each record and each
 * correction goes to the case timeline and is published as
 * {@link jp.procurementdesk.consultations.ConsultationEvents}.
 */
@ApplicationModule(displayName = "Consultations", allowedDependencies = { "cases", "identity", "shared" })
package jp.procurementdesk.consultations;

import org.springframework.modulith.ApplicationModule;
