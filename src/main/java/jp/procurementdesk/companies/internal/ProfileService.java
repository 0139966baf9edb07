package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.procurementdesk.companies.CompanyAuditAction;
import jp.procurementdesk.companies.CompanyProfile;
import jp.procurementdesk.companies.CompanyProfiles;
import jp.procurementdesk.companies.ProfileChange;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ProfileService implements CompanyProfiles {

	static final String STALE = "The profile was changed meanwhile; reload it and make your change again.";

	private final CompanyRepository companies;

	private final CompanyAudit audit;

	private final Inputs inputs;

	private final Clock clock;

	ProfileService(CompanyRepository companies, CompanyAudit audit, Inputs inputs, Clock clock) {
		this.companies = companies;
		this.audit = audit;
		this.inputs = inputs;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public CompanyProfile own(CurrentUser user) {
		return CompanyViews.profile(company(Callers.companyOf(user)));
	}

	@Override
	public CompanyProfile change(CurrentUser user, long version, ProfileChange change) {
		Company company = company(Callers.administeredBy(user));
		if (company.getVersion() != version) {
			throw new ConflictException(STALE);
		}
		Map<String, Problem> problems = new LinkedHashMap<>(inputs.problems(change));
		if (change != null) {
			ProfileRules.problems(change, company).forEach(problems::putIfAbsent);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Map<String, Object> changes = ProfileEdit.apply(company, change);
		if (changes.isEmpty()) {
			return CompanyViews.profile(company);
		}
		company.touched(OffsetDateTime.now(clock));
		try {
			companies.saveAndFlush(company);
		}
		catch (ObjectOptimisticLockingFailureException concurrent) {
			throw new ConflictException(STALE, concurrent);
		}
		audit.record(company.getId(), user.username(), CompanyAuditAction.PROFILE_CHANGED, changes);
		return CompanyViews.profile(company);
	}

	private Company company(String companyId) {
		return companies.findById(companyId).orElseThrow(() -> new NotFoundException("Company"));
	}

}
