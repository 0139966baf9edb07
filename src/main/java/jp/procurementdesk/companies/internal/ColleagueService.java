package jp.procurementdesk.companies.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.procurementdesk.companies.Colleagues;
import jp.procurementdesk.companies.CompanyAuditAction;
import jp.procurementdesk.companies.Invitation;
import jp.procurementdesk.identity.CompanyAccounts;
import jp.procurementdesk.identity.CompanyAccounts.CompanyAccount;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Colleagues through {@link CompanyAccounts}, always of the company of the caller's token.
 * Disabling holds the company's row, so that two admins disabling each other take turns and
 * the company never loses its last company-admin.
 */
@Service
@Transactional
class ColleagueService implements Colleagues {

	private final CompanyAccounts accounts;

	private final CompanyRepository companies;

	private final CompanyAudit audit;

	private final Inputs inputs;

	ColleagueService(CompanyAccounts accounts, CompanyRepository companies, CompanyAudit audit, Inputs inputs) {
		this.accounts = accounts;
		this.companies = companies;
		this.audit = audit;
		this.inputs = inputs;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CompanyAccount> list(CurrentUser user) {
		return accounts.list(Callers.companyOf(user));
	}

	@Override
	public CompanyAccount invite(CurrentUser user, Invitation invitation) {
		String companyId = Callers.administeredBy(user);
		inputs.check(invitation);
		String email = invitation.email().strip().toLowerCase(Locale.ROOT);
		boolean colleague = accounts.list(companyId)
			.stream()
			.anyMatch(account -> email.equalsIgnoreCase(account.email()) || email.equalsIgnoreCase(account.username()));
		if (colleague) {
			throw new ConflictException("This email belongs to a colleague already.");
		}
		CompanyAccount invited = accounts.create(companyId, email, invitation.name().strip(),
				LocaleContextHolder.getLocale(), false);
		audit.record(companyId, user.username(), CompanyAuditAction.USER_INVITED,
				Map.of("username", invited.username(), "email", email, "name", invitation.name().strip()));
		return invited;
	}

	@Override
	public void disable(CurrentUser user, String username) {
		String companyId = Callers.administeredBy(user);
		companies.findHeld(companyId).orElseThrow(() -> new NotFoundException("Company"));
		List<CompanyAccount> colleagues = accounts.list(companyId);
		CompanyAccount target = colleagues.stream()
			.filter(account -> account.username().equalsIgnoreCase(username))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("User"));
		if (target.username().equalsIgnoreCase(user.username())) {
			throw new ConflictException("You cannot disable yourself; ask another company-admin.");
		}
		if (!target.enabled()) {
			throw new ConflictException("This colleague is disabled already.");
		}
		boolean otherAdmin = colleagues.stream()
			.anyMatch(account -> account.enabled() && account.companyAdmin() && !account.username().equals(target.username()));
		if (target.companyAdmin() && !otherAdmin) {
			throw new ConflictException("This is the company's last company-admin.");
		}
		audit.record(companyId, user.username(), CompanyAuditAction.USER_DISABLED, Map.of("username", target.username()));
		accounts.disable(companyId, target.username());
	}

}
