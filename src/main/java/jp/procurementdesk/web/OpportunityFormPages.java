package jp.procurementdesk.web;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.opportunities.OpportunitySearch;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's opportunity forms: write a draft, correct one (published ones too), publish. Refused
 * input shows the form again (400) with each problem next to its field, as typed; a correction
 * made on a version corrected since is not saved: the form comes back with the other correction.
 */
@Controller
@RequestMapping("/opportunities")
class OpportunityFormPages {

	private static final String FORM = "opportunities/form";

	private final Opportunities opportunities;

	private final OpportunitySearch search;

	private final UnspscChoices unspsc;

	private final Problems problems;

	private final MessageSource messages;

	private final Clock clock;

	OpportunityFormPages(Opportunities opportunities, OpportunitySearch search, UnspscChoices unspsc,
			Problems problems, MessageSource messages, Clock clock) {
		this.opportunities = opportunities;
		this.search = search;
		this.unspsc = unspsc;
		this.problems = problems;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/new")
	String blank(@RequestParam(name = "kind", required = false) OpportunityKind kind, CurrentUser user, Model model) {
		requireDesk(user);
		OpportunityForm form = new OpportunityForm();
		form.setKind(kind == null ? OpportunityKind.UN_TENDER.name() : kind.name());
		return show(form, null, Map.of(), model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, CurrentUser user, Model model) {
		requireDesk(user);
		OpportunityView opportunity = existing(id, user);
		return show(OpportunityForm.of(opportunity, clock.getZone(), unspsc.familyCodes()), opportunity, Map.of(), model);
	}

	@PostMapping
	String create(@ModelAttribute("opportunityForm") OpportunityForm form, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		requireDesk(user);
		OpportunityForm.Reading reading = form.read(clock.getZone());
		OpportunityView created;
		try {
			refuseUnread(reading);
			created = opportunities.create(reading.draft(), user);
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(form, null, problems.messages(invalid), model);
		}
		flash.addFlashAttribute("notice", "opportunity.notice.created");
		return "redirect:/opportunities/" + created.id();
	}

	@PostMapping("/{id}")
	String correct(@PathVariable UUID id, @ModelAttribute("opportunityForm") OpportunityForm form, CurrentUser user,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		requireDesk(user);
		OpportunityView opportunity = existing(id, user);
		OpportunityForm.Reading reading = form.read(clock.getZone());
		try {
			refuseUnread(reading);
			opportunities.correct(id, form.getVersion(), reading.draft(), user);
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(form, opportunity, problems.messages(invalid), model);
		}
		catch (ConflictException staleOrClosed) {
			flash.addFlashAttribute("alert", message(opportunity.status() == OpportunityStatus.CLOSED
					? "opportunity.closedNoCorrection" : "opportunity.stale"));
			return opportunity.status() == OpportunityStatus.CLOSED ? "redirect:/opportunities/" + id
					: "redirect:/opportunities/" + id + "/edit";
		}
		flash.addFlashAttribute("notice", "opportunity.notice.corrected");
		return "redirect:/opportunities/" + id;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable UUID id, CurrentUser user, RedirectAttributes flash) {
		requireDesk(user);
		OpportunityView opportunity = existing(id, user);
		try {
			opportunities.publish(id, user);
		}
		catch (ConflictException notADraftOrLate) {
			flash.addFlashAttribute("alert", message(opportunity.status() == OpportunityStatus.DRAFT
					? "opportunity.publishLate" : "opportunity.publishedAlready"));
			return "redirect:/opportunities/" + id;
		}
		flash.addFlashAttribute("notice", "opportunity.notice.published");
		return "redirect:/opportunities/" + id;
	}

	private String show(OpportunityForm form, OpportunityView opportunity, Map<String, String> errors, Model model) {
		model.addAttribute("opportunityForm", form);
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("errors", errors);
		model.addAttribute("unspscSegments", unspsc.segments(LocaleContextHolder.getLocale()));
		choices(model);
		return FORM;
	}

	static void choices(Model model) {
		model.addAttribute("opportunityKinds", OpportunityKind.values());
		model.addAttribute("categories", ProductCategory.values());
		model.addAttribute("agencies", TargetAgency.values());
	}

	private static void refuseUnread(OpportunityForm.Reading reading) {
		if (!reading.problems().isEmpty()) {
			throw new InvalidInputException(reading.problems());
		}
	}

	private OpportunityView existing(UUID id, CurrentUser user) {
		return search.visible(id, user).orElseThrow(() -> new NotFoundException("Opportunity"));
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	static void requireDesk(CurrentUser user) {
		if (!OpportunityPages.isDesk(user)) {
			throw new ForbiddenException("Only the desk writes opportunities.");
		}
	}

}
