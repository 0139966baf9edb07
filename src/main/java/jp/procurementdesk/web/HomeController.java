package jp.procurementdesk.web;

import java.util.List;

import jp.procurementdesk.cases.CaseQuery;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.companies.Registrations;
import jp.procurementdesk.identity.CompanyDirectory;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.tasks.OpenTasks;
import jp.procurementdesk.tasks.TaskFilter;
import jp.procurementdesk.tasks.TaskFilter.Assignment;
import jp.procurementdesk.tasks.TaskFilter.Sort;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: the user's own work first, by role. */
@Controller
class HomeController {

	private static final int SHORT_LIST = 10;

	private final Cases cases;

	private final OpenTasks tasks;

	private final CompanyDirectory companies;

	private final Registrations registrations;

	HomeController(Cases cases, OpenTasks tasks, CompanyDirectory companies, Registrations registrations) {
		this.cases = cases;
		this.tasks = tasks;
		this.companies = companies;
		this.registrations = registrations;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		switch (user.primaryRole()) {
			case SUPERVISOR -> {
				model.addAttribute("triage", tasks.list(filter(Tasks.TRIAGE, null, null, Sort.CREATED), user));
				model.addAttribute("overdue", tasks.list(filter(null, true, null, Sort.DUE), user));
				model.addAttribute("breached", recentlyBreached(user));
				model.addAttribute("registrationsToReview", registrations.awaitingReviewCount(user));
			}
			case ADVISOR -> {
				model.addAttribute("mine", tasks.list(filter(null, null, Assignment.ME, Sort.DUE), user));
				model.addAttribute("pool", tasks.list(filter(null, null, Assignment.POOL, Sort.CREATED), user));
				model.addAttribute("cases", cases.list(new CaseQuery(null, null, 0, SHORT_LIST), user));
			}
			case COMPANY -> {
				model.addAttribute("mine", tasks.list(filter(null, null, null, Sort.DUE), user));
				model.addAttribute("surveys", tasks.list(filter(Tasks.RATE_SUPPORT, null, null, Sort.DUE), user).items());
				model.addAttribute("cases", cases.list(new CaseQuery(null, null, 0, SHORT_LIST), user));
				model.addAttribute("companyName", companies.nameOf(user.companyId()).orElse(user.companyId()));
			}
		}
		model.addAttribute("role", user.primaryRole().realmRole());
		return "home-" + user.primaryRole().realmRole();
	}

	private List<CaseView> recentlyBreached(CurrentUser user) {
		return cases.list(new CaseQuery(null, null, true, 0, SHORT_LIST), user).items();
	}

	private static TaskFilter filter(String key, Boolean overdue, Assignment assignment, Sort sort) {
		return new TaskFilter(null, key, overdue, assignment, 0, SHORT_LIST, sort);
	}

}
