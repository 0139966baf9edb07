package jp.procurementdesk.web;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.companies.CompanyProfiles;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company page of a company's users ({@code /company}) and the company-admin's profile
 * form. A profile changed by someone else since the form was shown is not overwritten: the
 * page comes back with the other change and says so.
 */
@Controller
@RequestMapping("/company")
class CompanyPages {

	private final CompanyPage page;

	private final CompanyProfiles profiles;

	private final Problems problems;

	CompanyPages(CompanyPage page, CompanyProfiles profiles, Problems problems) {
		this.page = page;
		this.profiles = profiles;
		this.problems = problems;
	}

	@GetMapping
	String show(CurrentUser user, Model model) {
		return page.show(user, model);
	}

	@PostMapping("/profile")
	String change(@ModelAttribute("profileForm") ProfileForm form, BindingResult binding, CurrentUser user,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		CompanyPage.requireAdmin(user);
		if (binding.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page.refused("profile", page.bindingErrors(binding), user, model);
		}
		try {
			profiles.change(user, form.getVersion(), form.toChange());
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page.refused("profile", problems.messages(invalid), user, model);
		}
		catch (ConflictException stale) {
			flash.addFlashAttribute("alert", page.message("company.profile.stale"));
			return "redirect:/company";
		}
		flash.addFlashAttribute("notice", "company.profile.saved");
		return "redirect:/company";
	}

}
