package jp.procurementdesk.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.companies.CompanyDetail;
import jp.procurementdesk.companies.CompanyOversight;
import jp.procurementdesk.companies.CompanySearch;
import jp.procurementdesk.companies.CompanyStatus;
import jp.procurementdesk.companies.Reason;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisors' company pages: the list ({@code /companies}: search, status, paging, the
 * registrations waiting for review) and a company ({@code /companies/{id}}: profile, users,
 * cases by status, audit trail, suspension with a reason).
 */
@Controller
@RequestMapping("/companies")
class CompanyOversightPages {

	private static final int PAGE_SIZE = 20;

	private static final String DETAIL = "companies/detail";

	private final CompanyOversight oversight;

	private final Problems problems;

	private final CompanyPage companyPage;

	CompanyOversightPages(CompanyOversight oversight, Problems problems, CompanyPage companyPage) {
		this.oversight = oversight;
		this.problems = problems;
		this.companyPage = companyPage;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) CompanyStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("companies", oversight.search(new CompanySearch(q, status, Math.max(page, 0), PAGE_SIZE), user));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("companyStatuses", CompanyStatus.values());
		return "companies/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, CurrentUser user, Model model) {
		CompanyDetail detail = oversight.detail(id, user);
		model.addAttribute("detail", detail);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return DETAIL;
	}

	@PostMapping("/{id}/suspend")
	String suspend(@PathVariable String id, @RequestParam(required = false) String reason, CurrentUser user,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		return turn(id, reason, true, user, model, response, flash);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable String id, @RequestParam(required = false) String reason, CurrentUser user,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		return turn(id, reason, false, user, model, response, flash);
	}

	private String turn(String id, String reason, boolean suspend, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		try {
			if (suspend) {
				oversight.suspend(id, new Reason(reason), user);
			}
			else {
				oversight.reactivate(id, new Reason(reason), user);
			}
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", problems.messages(invalid));
			model.addAttribute("reason", reason);
			return show(id, user, model);
		}
		catch (ConflictException already) {
			flash.addFlashAttribute("alert", companyPage.message(suspend ? "companies.suspend.already"
					: "companies.reactivate.already"));
			return "redirect:/companies/{id}";
		}
		flash.addFlashAttribute("notice", suspend ? "companies.suspended" : "companies.reactivated");
		return "redirect:/companies/{id}";
	}

}
