package jp.procurementdesk.web;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.companies.Colleagues;
import jp.procurementdesk.companies.Invitation;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The company-admin's colleague forms on the company page: invite one, disable one. */
@Controller
@RequestMapping("/company/users")
class ColleaguePages {

	private final CompanyPage page;

	private final Colleagues colleagues;

	private final Problems problems;

	ColleaguePages(CompanyPage page, Colleagues colleagues, Problems problems) {
		this.page = page;
		this.colleagues = colleagues;
		this.problems = problems;
	}

	@PostMapping
	String invite(@RequestParam(required = false) String name, @RequestParam(required = false) String email,
			CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes flash) {
		CompanyPage.requireAdmin(user);
		try {
			colleagues.invite(user, new Invitation(name, email));
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("inviteName", name);
			model.addAttribute("inviteEmail", email);
			return page.refused("invite", problems.messages(invalid), user, model);
		}
		catch (ConflictException taken) {
			flash.addFlashAttribute("alert", page.message("company.users.emailTaken"));
			return "redirect:/company#colleagues";
		}
		flash.addFlashAttribute("notice", "company.users.invited");
		return "redirect:/company#colleagues";
	}

	@PostMapping("/{username}/disable")
	String disable(@PathVariable String username, CurrentUser user, RedirectAttributes flash) {
		CompanyPage.requireAdmin(user);
		try {
			colleagues.disable(user, username);
		}
		catch (ConflictException refused) {
			flash.addFlashAttribute("alert", page.message("company.users.disableRefused"));
			return "redirect:/company#colleagues";
		}
		flash.addFlashAttribute("notice", "company.users.disabledNotice");
		return "redirect:/company#colleagues";
	}

}
