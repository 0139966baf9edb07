package jp.procurementdesk.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.companies.Registrations;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.TooManyRequestsException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front door, without sign-in (docs/companies.md, Registration): the registration form,
 * "check your mail", and the verification link's page. Opening the link shows a button; only
 * the button's POST verifies, since mail scanners open links on their own.
 */
@Controller
@RequestMapping("/register")
class RegistrationPages {

	static final String FORM = "register/form";

	static final String VERIFY = "register/verify";

	private final Registrations registrations;

	private final Problems problems;

	RegistrationPages(Registrations registrations, Problems problems) {
		this.registrations = registrations;
		this.problems = problems;
	}

	@GetMapping
	String form(Model model) {
		return form(new RegistrationForm(), Map.of(), model);
	}

	@PostMapping
	String register(@ModelAttribute("registration") RegistrationForm registration, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Map<String, String> errors = new LinkedHashMap<>(bindingErrors(binding));
		if (errors.isEmpty()) {
			try {
				registrations.register(registration.toRequest(), LocaleContextHolder.getLocale(),
						request.getRemoteAddr());
				return "redirect:/register/sent";
			}
			catch (InvalidInputException invalid) {
				errors.putAll(problems.messages(invalid));
			}
			catch (TooManyRequestsException tooMany) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
				model.addAttribute("tooManyMinutes", Math.max(1, (tooMany.retryAfterSeconds() + 59) / 60));
				return form(registration, Map.of(), model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(registration, errors, model);
	}

	@GetMapping("/sent")
	String sent() {
		return "register/sent";
	}

	/** The mailed link: a page with a button, which changes nothing by being opened. */
	@GetMapping("/verify")
	String confirm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token == null ? "" : token.strip());
		model.addAttribute("failed", token == null || token.isBlank());
		return VERIFY;
	}

	@PostMapping("/verify")
	String verify(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		try {
			registrations.verify(token);
			return "register/verified";
		}
		catch (NotFoundException unknownUsedOrExpired) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("token", "");
			model.addAttribute("failed", true);
			return VERIFY;
		}
	}

	private String form(RegistrationForm registration, Map<String, String> errors, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("registration", registration);
		model.addAttribute("errors", errors);
		model.addAttribute("countries", CountryChoices.of(locale));
		model.addAttribute("categories", ProductCategory.values());
		return FORM;
	}

	/** Values the form cannot even take (an unknown category, say), worded like the module's problems. */
	private Map<String, String> bindingErrors(BindingResult binding) {
		Map<String, Problem> found = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			Problem problem = switch (error.getField()) {
				case "productCategories" -> new Problem("options", String.join(", ",
						Arrays.stream(ProductCategory.values()).map(Enum::name).toList()));
				case "acceptTerms" -> new Problem("accept-terms");
				default -> new Problem("text");
			};
			found.putIfAbsent(error.getField(), problem);
		}
		return found.isEmpty() ? Map.of() : problems.messages(new InvalidInputException(found));
	}

}
