package jp.procurementdesk.web;

import java.util.UUID;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.opportunities.OpportunityQuery;
import jp.procurementdesk.opportunities.OpportunitySearch;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The opportunity pages (docs/opportunities.md, Pages): the list with its filters, an
 * opportunity's page, and the public list without sign-in. The desk's forms are
 * {@link OpportunityFormPages}'.
 */
@Controller
@RequestMapping("/opportunities")
class OpportunityPages {

	static final int PAGE_SIZE = 20;

	private final OpportunitySearch search;

	OpportunityPages(OpportunitySearch search) {
		this.search = search;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) OpportunityKind kind,
			@RequestParam(required = false) ProductCategory category, @RequestParam(required = false) TargetAgency agency,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean matching,
			@RequestParam(defaultValue = "false") boolean includeClosed, @RequestParam(defaultValue = "0") int page,
			Model model) {
		boolean desk = isDesk(user);
		Page<OpportunityView> found = search.list(
				new OpportunityQuery(kind, category, agency, q, matching && !desk, includeClosed, Math.max(page, 0), PAGE_SIZE),
				user);
		model.addAttribute("opportunities", found);
		model.addAttribute("desk", desk);
		model.addAttribute("kind", kind);
		model.addAttribute("category", category);
		model.addAttribute("agency", agency);
		model.addAttribute("q", q);
		model.addAttribute("matching", matching && !desk);
		model.addAttribute("includeClosed", includeClosed);
		OpportunityFormPages.choices(model);
		return "opportunities/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, CurrentUser user, Model model) {
		OpportunityView opportunity = search.visible(id, user).orElseThrow(() -> new NotFoundException("Opportunity"));
		boolean desk = isDesk(user);
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("desk", desk);
		model.addAttribute("closed", opportunity.status() == OpportunityStatus.CLOSED);
		if (desk) {
			model.addAttribute("matchedCompanies", search.matchedCompanies(id, user));
			model.addAttribute("history", search.history(id, user));
		}
		return "opportunities/detail";
	}

	@GetMapping("/public")
	String published(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("opportunities", search.published(Math.max(page, 0), PAGE_SIZE));
		return "opportunities/public";
	}

	static boolean isDesk(CurrentUser user) {
		return user.primaryRole() != DeskRole.COMPANY;
	}

}
