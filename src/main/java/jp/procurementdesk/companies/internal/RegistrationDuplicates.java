package jp.procurementdesk.companies.internal;

import java.util.List;

import jp.procurementdesk.companies.RegistrationView.Duplicates;
import jp.procurementdesk.identity.CompanyAccounts;
import jp.procurementdesk.shared.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A registration's possible duplicates: companies with the same corporate number (our table),
 * and users whose email is at the contact's domain (Keycloak; none for public mail domains).
 * While Keycloak is away the users are reported unknown, and the review goes on.
 */
@Component
class RegistrationDuplicates {

	private static final Logger log = LoggerFactory.getLogger(RegistrationDuplicates.class);

	private final CompanyRepository companies;

	private final CompanyAccounts accounts;

	RegistrationDuplicates(CompanyRepository companies, CompanyAccounts accounts) {
		this.companies = companies;
		this.accounts = accounts;
	}

	Duplicates of(Registration registration) {
		List<String> sameNumber = registration.getCorporateNumber() == null ? List.of()
				: companies.idsWithCorporateNumber(registration.getCorporateNumber());
		if (PublicMailDomains.isPublic(registration.getEmailDomain())) {
			return new Duplicates(sameNumber, List.of(), true, false);
		}
		try {
			return new Duplicates(sameNumber, accounts.usernamesAtDomain(registration.getEmailDomain()), false, false);
		}
		catch (ServiceUnavailableException away) {
			log.warn("Users at {} unknown: {}", registration.getEmailDomain(), away.getMessage());
			return new Duplicates(sameNumber, List.of(), false, true);
		}
	}

}
