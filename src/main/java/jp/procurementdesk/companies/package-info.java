/**
 * Companies: how a company comes to the desk by itself (docs/processes.md, company-registration).
 * For now its vocabulary: the registration request and its rules (the Japanese corporate
 * number's check digit, ISO country codes), the registration statuses and the review's
 * decisions, and {@link jp.procurementdesk.companies.RegistrationReview}, what the review
 * process asks of the module once a supervisor has decided.
 */
@ApplicationModule(displayName = "Companies", allowedDependencies = { "cases", "identity", "shared" })
package jp.procurementdesk.companies;

import org.springframework.modulith.ApplicationModule;
