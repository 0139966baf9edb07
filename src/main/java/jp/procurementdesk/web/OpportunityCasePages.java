package jp.procurementdesk.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.companies.Products;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.opportunities.CaseFromOpportunity;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Open a case from this notice" (docs/opportunities.md#a-case-from-a-notice): the form the
 * opportunity page loads with htmx (or, without JavaScript, a page of its own), and its post,
 * which opens the case and goes to its page; refused input comes back on the form.
 */
@Controller
class OpportunityCasePages {

	private final Opportunities opportunities;

	private final CaseFromOpportunity cases;

	private final Products products;

	private final Problems problems;

	OpportunityCasePages(Opportunities opportunities, CaseFromOpportunity cases, Products products, Problems problems) {
		this.opportunities = opportunities;
		this.cases = cases;
		this.products = products;
		this.problems = problems;
	}

	/** The form: a fragment for htmx, else a page; nothing (htmx) for whoever may not open a case from it. */
	@GetMapping("/opportunities/{id}/open-case")
	String form(@PathVariable UUID id, CurrentUser user, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		OpportunityView opportunity = visible(id);
		boolean fragment = "true".equals(htmx);
		if (!user.hasRole(DeskRole.COMPANY) || !opensCases(opportunity)) {
			if (fragment) {
				return "opportunities/open-case :: nothing";
			}
			if (!user.hasRole(DeskRole.COMPANY)) {
				throw new ForbiddenException("Only company users open cases.");
			}
			throw new ConflictException("This opportunity opens no case.");
		}
		model.addAttribute("caseForm", new OpportunityCaseForm());
		return show(opportunity, user, model, fragment);
	}

	@PostMapping("/opportunities/{id}/cases")
	String open(@PathVariable UUID id, @Valid @ModelAttribute("caseForm") OpportunityCaseForm form, BindingResult errors,
			CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes flash) {
		OpportunityView opportunity = visible(id);
		form.rejectUnnamedProduct(errors);
		CaseView opened = null;
		if (!errors.hasErrors()) {
			try {
				opened = cases.open(id, form.toRequest(), user, null);
			}
			catch (InvalidInputException invalid) {
				problems.messages(invalid).forEach((field, message) -> errors.rejectValue(
						"productId".equals(field) || "productName".equals(field) || "productCategory".equals(field)
								|| "summary".equals(field) || "targetAgencies".equals(field) ? field : "summary",
						"invalid", message));
			}
		}
		if (opened == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(opportunity, user, model, false);
		}
		flash.addFlashAttribute("notice", "notice.caseOpened");
		return "redirect:/cases/" + opened.id();
	}

	private String show(OpportunityView opportunity, CurrentUser user, Model model, boolean fragment) {
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("products", products.list(user));
		return fragment ? "opportunities/open-case :: form" : "opportunities/open-case-page";
	}

	private OpportunityView visible(UUID id) {
		return opportunities.find(id)
			.filter(found -> found.status() != OpportunityStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("Opportunity"));
	}

	private static boolean opensCases(OpportunityView opportunity) {
		return opportunity.status() == OpportunityStatus.PUBLISHED && opportunity.kind().pathway().isPresent();
	}

}
