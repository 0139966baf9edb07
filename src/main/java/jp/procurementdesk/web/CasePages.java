package jp.procurementdesk.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.procurementdesk.cases.CaseQuery;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ForbiddenException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Case list, the open-a-case form, the case page and withdrawal. */
@Controller
@RequestMapping("/cases")
class CasePages {

	private static final int PAGE_SIZE = 20;

	private final Cases cases;

	private final CasePage casePage;

	CasePages(Cases cases, CasePage casePage) {
		this.cases = cases;
		this.casePage = casePage;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("cases", cases.list(new CaseQuery(status, q, Math.max(page, 0), PAGE_SIZE), user));
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("statuses", CaseStatus.values());
		return "cases/list";
	}

	@GetMapping("/new")
	String inquiryForm(CurrentUser user, Model model) {
		requireCompany(user);
		model.addAttribute("inquiry", new InquiryForm());
		return "cases/new";
	}

	@PostMapping
	String open(@Valid @ModelAttribute("inquiry") InquiryForm inquiry, BindingResult errors, CurrentUser user,
			HttpServletResponse response, RedirectAttributes flash) {
		requireCompany(user);
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "cases/new";
		}
		CaseView opened = cases.open(inquiry.toInquiry(), user, null);
		flash.addFlashAttribute("notice", "notice.caseOpened");
		return "redirect:/cases/" + opened.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, CurrentUser user, Model model) {
		return casePage.show(id, user, model);
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, CurrentUser user,
			RedirectAttributes flash) {
		cases.withdraw(id, user, reason == null || reason.isBlank() ? null : reason.strip());
		flash.addFlashAttribute("notice", "notice.caseWithdrawn");
		return "redirect:/cases/" + id;
	}

	private static void requireCompany(CurrentUser user) {
		if (!user.hasRole(DeskRole.COMPANY)) {
			throw new ForbiddenException("Only company users open cases.");
		}
	}

}
