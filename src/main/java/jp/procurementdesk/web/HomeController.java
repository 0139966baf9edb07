package jp.procurementdesk.web;

import jp.procurementdesk.identity.CompanyDirectory;
import jp.procurementdesk.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after login: greets the user by name and role. */
@Controller
class HomeController {

	private final CompanyDirectory companies;

	HomeController(CompanyDirectory companies) {
		this.companies = companies;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("role", user.primaryRole().realmRole());
		if (user.companyId() != null) {
			model.addAttribute("companyName", companies.nameOf(user.companyId()).orElse(user.companyId()));
		}
		return "home";
	}

}
