package jp.procurementdesk.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.CaseQuery;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.companies.Products;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.InvalidInputException;

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

	private final Products products;

	private final Problems problems;

	CasePages(Cases cases, CasePage casePage, Products products, Problems problems) {
		this.cases = cases;
		this.casePage = casePage;
		this.products = products;
		this.problems = problems;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String q, @RequestParam(required = false) String company,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String companyId = company == null || company.isBlank() ? null : company.strip();
		model.addAttribute("cases",
				cases.list(new CaseQuery(status, q, false, companyId, Math.max(page, 0), PAGE_SIZE), user));
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("company", companyId);
		model.addAttribute("statuses", CaseStatus.values());
		return "cases/list";
	}

	/**
	 * The open-a-case form; {@code kind} chooses "ask a question" or "request support", and the
	 * product may come pre-filled (the answered question's "ask for full support").
	 */
	@GetMapping("/new")
	String inquiryForm(CurrentUser user, @RequestParam(required = false) CaseKind kind,
			@RequestParam(required = false) UUID productId, @RequestParam(required = false) String productName,
			@RequestParam(required = false) ProductCategory productCategory, Model model) {
		requireCompany(user);
		InquiryForm inquiry = new InquiryForm();
		inquiry.setKind(kind);
		inquiry.setProductId(productId);
		inquiry.setProductName(productName == null ? null : productName.strip());
		inquiry.setProductCategory(productCategory);
		model.addAttribute("inquiry", inquiry);
		model.addAttribute("products", products.list(user));
		return "cases/new";
	}

	@PostMapping
	String open(@Valid @ModelAttribute("inquiry") InquiryForm inquiry, BindingResult errors, CurrentUser user,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		requireCompany(user);
		inquiry.rejectUnnamedProduct(errors);
		inquiry.rejectMissingPathway(errors);
		CaseView opened = null;
		if (!errors.hasErrors()) {
			try {
				opened = cases.open(inquiry.toInquiry(), user, null);
			}
			catch (InvalidInputException invalid) {
				// The one rule the form cannot check itself: the product is one of the company's register.
				errors.rejectValue("productId", "invalid", problems.firstMessage(invalid));
			}
		}
		if (opened == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("products", products.list(user));
			return "cases/new";
		}
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
