package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import jp.procurementdesk.cases.CompanyCaseCounts;
import jp.procurementdesk.companies.CompanyAuditAction;
import jp.procurementdesk.companies.CompanyDetail;
import jp.procurementdesk.companies.CompanyOversight;
import jp.procurementdesk.companies.CompanySearch;
import jp.procurementdesk.companies.CompanyStatus;
import jp.procurementdesk.companies.CompanySummary;
import jp.procurementdesk.companies.Reason;
import jp.procurementdesk.identity.CompanyAccounts;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.Paging;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors and companies. A suspension changes the status and the audit trail first and
 * disables the Keycloak users last, in one transaction: when Keycloak cannot be reached the
 * status stays as it was and a retry does it all (disabling users twice changes nothing).
 */
@Service
@Transactional
class CompanyOversightService implements CompanyOversight {

	private final CompanyRepository companies;

	private final CompanyList list;

	private final CompanyAccounts accounts;

	private final CompanyCaseCounts cases;

	private final CompanyAudit audit;

	private final Inputs inputs;

	private final Clock clock;

	CompanyOversightService(CompanyRepository companies, CompanyList list, CompanyAccounts accounts,
			CompanyCaseCounts cases, CompanyAudit audit, Inputs inputs, Clock clock) {
		this.companies = companies;
		this.list = list;
		this.accounts = accounts;
		this.cases = cases;
		this.audit = audit;
		this.inputs = inputs;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CompanySummary> search(CompanySearch search, CurrentUser user) {
		Callers.supervisor(user);
		Paging.check(search.page(), search.size());
		return list.search(search);
	}

	@Override
	@Transactional(readOnly = true)
	public CompanyDetail detail(String companyId, CurrentUser user) {
		Callers.supervisor(user);
		Company company = companies.findById(companyId).orElseThrow(() -> new NotFoundException("Company"));
		return new CompanyDetail(CompanyViews.profile(company), accounts.list(companyId), cases.byStatus(companyId),
				audit.of(companyId));
	}

	@Override
	public void suspend(String companyId, Reason reason, CurrentUser user) {
		Company company = turn(companyId, CompanyStatus.SUSPENDED, reason, user);
		audit.record(company.getId(), user.username(), CompanyAuditAction.SUSPENDED, Map.of("reason", reason.reason().strip()));
		accounts.disableCompany(companyId);
	}

	@Override
	public void reactivate(String companyId, Reason reason, CurrentUser user) {
		Company company = turn(companyId, CompanyStatus.ACTIVE, reason, user);
		audit.record(company.getId(), user.username(), CompanyAuditAction.REACTIVATED, Map.of("reason", reason.reason().strip()));
		accounts.enableCompany(companyId);
	}

	private Company turn(String companyId, CompanyStatus status, Reason reason, CurrentUser user) {
		Callers.supervisor(user);
		Company company = companies.findHeld(companyId).orElseThrow(() -> new NotFoundException("Company"));
		if (company.getStatus() == status) {
			throw new ConflictException(status == CompanyStatus.SUSPENDED ? "The company is suspended already."
					: "The company is active already.");
		}
		inputs.check(reason);
		company.setStatus(status);
		company.touched(OffsetDateTime.now(clock));
		companies.saveAndFlush(company);
		return company;
	}

}
