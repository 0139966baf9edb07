package jp.procurementdesk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.companies.RegistrationView;
import jp.procurementdesk.companies.Registrations;
import jp.procurementdesk.companies.ReviewDecision;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.tasks.OpenTasks;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisors' review of registrations (docs/companies.md, Registration): those awaiting
 * review, oldest first, with their possible duplicates; one registration with the review form,
 * which completes its task {@code review-registration} through the task module (so the form's
 * rules and the checks of a completion are those of the API). Anyone else: 403.
 */
@Controller
@RequestMapping("/companies/registrations")
class RegistrationReviewPages {

	private static final int PAGE_SIZE = 20;

	private static final Set<String> FORM_FIELDS = Set.of(Variables.DECISION, Variables.COMPANY_ID, Variables.NOTE);

	private final Registrations registrations;

	private final OpenTasks tasks;

	private final Problems problems;

	private final MessageSource messages;

	RegistrationReviewPages(Registrations registrations, OpenTasks tasks, Problems problems, MessageSource messages) {
		this.registrations = registrations;
		this.tasks = tasks;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("registrations", registrations.awaitingReview(Math.max(page, 0), PAGE_SIZE, user));
		return "companies/registrations";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, CurrentUser user, Model model) {
		return show(registrations.get(id, user), Map.of(), Map.of(), model);
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String companyId, @RequestParam(required = false) String note,
			CurrentUser user, HttpServletResponse response, Model model, RedirectAttributes flash) {
		RegistrationView registration = registrations.get(id, user);
		if (registration.reviewTaskId() == null) {
			throw new ConflictException("The registration is not awaiting review.");
		}
		Map<String, Object> values = values(decision, companyId, note);
		Map<String, String> echo = new LinkedHashMap<>();
		echo.put(Variables.DECISION, decision == null ? "" : decision);
		echo.put(Variables.COMPANY_ID, companyId == null ? "" : companyId);
		echo.put(Variables.NOTE, note == null ? "" : note);
		try {
			tasks.complete(registration.reviewTaskId(), values, user);
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> errors = problems.messages(invalid);
			// Keycloak may refuse the contact's details themselves (a name or address it does not take).
			errors.entrySet()
				.stream()
				.filter(error -> !FORM_FIELDS.contains(error.getKey()))
				.findFirst()
				.ifPresent(error -> model.addAttribute("alert", error.getKey() + ": " + error.getValue()));
			return show(registration, errors, echo, model);
		}
		catch (ConflictException conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("alert", messages.getMessage("review.conflict", null, LocaleContextHolder.getLocale()));
			return show(registrations.get(id, user), Map.of(), echo, model);
		}
		flash.addFlashAttribute("notice", ReviewDecision.APPROVE.name().equals(decision) ? "notice.registrationApproved"
				: "notice.registrationRejected");
		return "redirect:/companies/registrations";
	}

	/** The form's values as the task takes them: the company id for an approval, the note for a rejection. */
	private static Map<String, Object> values(String decision, String companyId, String note) {
		Map<String, Object> values = new LinkedHashMap<>();
		putIfGiven(values, Variables.DECISION, decision);
		if (ReviewDecision.APPROVE.name().equals(decision)) {
			putIfGiven(values, Variables.COMPANY_ID, companyId == null ? null : companyId.strip());
		}
		else {
			putIfGiven(values, Variables.NOTE, note);
		}
		return values;
	}

	private static void putIfGiven(Map<String, Object> values, String name, String value) {
		if (value != null && !value.isBlank()) {
			values.put(name, value);
		}
	}

	private static String show(RegistrationView registration, Map<String, String> errors, Map<String, String> values,
			Model model) {
		model.addAttribute("registration", registration);
		model.addAttribute("decisions", List.of(ReviewDecision.values()));
		model.addAttribute("errors", errors);
		Map<String, String> shown = new LinkedHashMap<>();
		shown.put(Variables.DECISION, values.getOrDefault(Variables.DECISION, ""));
		shown.put(Variables.COMPANY_ID, values.getOrDefault(Variables.COMPANY_ID,
				registration.suggestedCompanyId() == null ? "" : registration.suggestedCompanyId()));
		shown.put(Variables.NOTE, values.getOrDefault(Variables.NOTE, ""));
		model.addAttribute("values", shown);
		return "companies/registration";
	}

}
