/**
 * Companies: the desk's client companies (docs/companies.md). How a company comes to the desk
 * by itself (docs/processes.md, company-registration): the registration request and its rules
 * (the Japanese corporate number's check digit, ISO country codes), the registration statuses
 * and the review's decisions, and {@link jp.procurementdesk.companies.RegistrationReview}, what
 * the review process asks of the module once a supervisor has decided. Then the company's own
 * side ({@link jp.procurementdesk.companies.CompanyProfiles}, {@link jp.procurementdesk.companies.Colleagues},
 * {@link jp.procurementdesk.companies.Products}) and the supervisors'
 * ({@link jp.procurementdesk.companies.CompanyOversight}). It implements the ports of the modules
 * below it: {@link jp.procurementdesk.identity.CompanyDirectory} and
 * {@link jp.procurementdesk.cases.ProductRegister}.
 */
@ApplicationModule(displayName = "Companies", allowedDependencies = { "cases", "identity", "shared" })
package jp.procurementdesk.companies;

import org.springframework.modulith.ApplicationModule;
