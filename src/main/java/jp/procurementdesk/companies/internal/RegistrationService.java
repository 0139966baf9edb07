package jp.procurementdesk.companies.internal;

import java.util.Locale;
import java.util.UUID;

import jp.procurementdesk.companies.CompanyIds;
import jp.procurementdesk.companies.RegistrationReceipt;
import jp.procurementdesk.companies.RegistrationRequest;
import jp.procurementdesk.companies.RegistrationView;
import jp.procurementdesk.companies.Registrations;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's {@link Registrations} and {@link CompanyIds}: each call goes to the class of its use case. */
@Service
class RegistrationService implements Registrations, CompanyIds {

	private final RegisterCompany register;

	private final VerifyRegistration verify;

	private final RegistrationQueries queries;

	private final CompanyRepository companies;

	RegistrationService(RegisterCompany register, VerifyRegistration verify, RegistrationQueries queries,
			CompanyRepository companies) {
		this.register = register;
		this.verify = verify;
		this.queries = queries;
		this.companies = companies;
	}

	@Override
	public RegistrationReceipt register(RegistrationRequest request, Locale locale, String clientAddress) {
		return register.register(request, locale, clientAddress);
	}

	@Override
	public RegistrationReceipt verify(String token) {
		return verify.verify(token);
	}

	@Override
	public Page<RegistrationView> awaitingReview(int page, int size, CurrentUser viewer) {
		return queries.awaitingReview(page, size, viewer);
	}

	@Override
	public long awaitingReviewCount(CurrentUser viewer) {
		return queries.awaitingReviewCount(viewer);
	}

	@Override
	public RegistrationView get(UUID registrationId, CurrentUser viewer) {
		return queries.get(registrationId, viewer);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean taken(String companyId) {
		return companyId != null && companies.existsById(companyId);
	}

}
