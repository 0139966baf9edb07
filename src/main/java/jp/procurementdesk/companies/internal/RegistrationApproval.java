package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jp.procurementdesk.companies.CompanyAuditAction;
import jp.procurementdesk.identity.CompanyAccounts;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.Outages;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * APPROVE: the company row (status ACTIVE, the registration's profile), its audit record,
 * the registration APPROVED, and last the contact's Keycloak user (company-admin, set-password
 * mail), all in the engine's transaction. Keycloak comes last: if it cannot be reached, the
 * exception rolls back the rows and the task completion, and a retry starts afresh; if the
 * commit fails after Keycloak, the retry finds the user it created (see CompanyAccounts).
 */
@Component
class RegistrationApproval {

	private final RegistrationRepository registrations;

	private final CompanyRepository companies;

	private final CompanyAudit audit;

	private final CompanyAccounts accounts;

	private final EntityManager entities;

	private final Clock clock;

	RegistrationApproval(RegistrationRepository registrations, CompanyRepository companies, CompanyAudit audit,
			CompanyAccounts accounts, EntityManager entities, Clock clock) {
		this.registrations = registrations;
		this.companies = companies;
		this.audit = audit;
		this.accounts = accounts;
		this.entities = entities;
		this.clock = clock;
	}

	@Transactional
	void approve(UUID registrationId, String companyId, String decidedBy) {
		Registration registration = registrations.awaitingReview(registrationId);
		if (companies.existsById(companyId)) {
			throw companyIdTaken();
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Company company = new Company(companyId, registration.getCompanyName(), registration.getCountry(),
				registration.getId(), now);
		company.setNameJa(registration.getCompanyNameJa());
		company.setCorporateNumber(registration.getCorporateNumber());
		company.setWebsite(registration.getWebsite());
		company.setProductCategories(registration.getProductCategories());
		try {
			// Persisted, not merged: a company created meanwhile with the same id is never overwritten.
			entities.persist(company);
			entities.flush();
		}
		catch (PersistenceException | DataIntegrityViolationException sameIdMeanwhile) {
			if (Outages.isOutage(sameIdMeanwhile)) {
				throw sameIdMeanwhile;
			}
			throw companyIdTaken();
		}
		audit.record(companyId, decidedBy, CompanyAuditAction.CREATED, details(registration));
		registration.approved(companyId, decidedBy, now);
		registrations.saveAndFlush(registration);
		accounts.create(companyId, registration.getContactEmail(), registration.getContactName(),
				Locale.forLanguageTag(registration.getContactLocale()), true);
	}

	private static Map<String, Object> details(Registration registration) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("registrationId", registration.getId().toString());
		details.put("name", registration.getCompanyName());
		details.put("firstUser", registration.getContactEmail());
		return details;
	}

	private static InvalidInputException companyIdTaken() {
		return InvalidInputException.of("companyId", "company-id-taken");
	}

}
