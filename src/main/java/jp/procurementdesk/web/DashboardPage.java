package jp.procurementdesk.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.procurementdesk.dashboard.Dashboard;
import jp.procurementdesk.dashboard.DashboardFigures;
import jp.procurementdesk.dashboard.FiscalYear;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ForbiddenException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /dashboard}: the supervisors' page; its charts ({@code /js/dashboard.js}) read the figures from a data attribute. */
@Controller
class DashboardPage {

	private final Dashboard dashboard;

	private final Clock clock;

	private final ObjectMapper json;

	DashboardPage(Dashboard dashboard, Clock clock, ObjectMapper json) {
		this.dashboard = dashboard;
		this.clock = clock;
		this.json = json;
	}

	@GetMapping("/dashboard")
	String dashboard(CurrentUser user, @RequestParam(required = false) String fiscalYear, Model model)
			throws JsonProcessingException {
		if (!user.hasRole(DeskRole.SUPERVISOR)) {
			throw new ForbiddenException("The dashboard is for supervisors");
		}
		FiscalYear year;
		try {
			year = FiscalYear.of(fiscalYear, clock);
		}
		catch (RuntimeException invalid) {
			year = FiscalYear.current(clock);
		}
		DashboardFigures figures = dashboard.figures(year);
		int current = FiscalYear.current(clock).year();
		List<Integer> years = new ArrayList<>();
		for (int y = current; y >= Math.max(FiscalYear.MIN, Math.min(current, year.year()) - 5); y--) {
			years.add(y);
		}
		if (!years.contains(year.year())) {
			years.add(0, year.year());
		}
		model.addAttribute("figures", figures);
		model.addAttribute("figuresJson", json.writeValueAsString(figures));
		model.addAttribute("years", years);
		return "dashboard/dashboard";
	}

}
