package jp.procurementdesk.dashboard.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.procurementdesk.cases.CaseFigures;
import jp.procurementdesk.cases.CaseFigures.ClosedCases;
import jp.procurementdesk.cases.CaseFigures.Months;
import jp.procurementdesk.cases.CaseFigures.OpenedCases;
import jp.procurementdesk.dashboard.Dashboard;
import jp.procurementdesk.dashboard.DashboardFigures;
import jp.procurementdesk.dashboard.DashboardFigures.AdvisorWorkload;
import jp.procurementdesk.dashboard.FiscalYear;
import jp.procurementdesk.tasks.OpenTaskFigures;
import jp.procurementdesk.tasks.OpenTaskFigures.Waiting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's read model, composed of the figures the owning modules count: the cases'
 * ({@link CaseFigures}) and the open tasks' ({@link OpenTaskFigures}). One read-only
 * transaction per dashboard, so that its figures are read together.
 */
@Service
@Transactional(readOnly = true)
class DashboardService implements Dashboard {

	private final CaseFigures cases;

	private final OpenTaskFigures tasks;

	DashboardService(CaseFigures cases, OpenTaskFigures tasks) {
		this.cases = cases;
		this.tasks = tasks;
	}

	@Override
	public DashboardFigures figures(FiscalYear year) {
		Months months = months(year);
		OpenedCases opened = cases.opened(months);
		ClosedCases closed = cases.closed(months);
		Waiting waiting = tasks.waiting();
		return new DashboardFigures(year.year(), months.from().toLocalDate().toString(),
				months.to().toLocalDate().minusDays(1).toString(), cases.openCases(), opened.byStatus(),
				tasks.overdue(), cases.slaBreaches(months), workload(), cases.pathwayOutcomes(months),
				opened.byOutcome(), opened.perMonth(), closed.perMonth(), closed.medianDaysToClose(),
				closed.contractValueUsd(), waiting.onCompanies(), waiting.onDesk());
	}

	@Override
	public List<List<String>> caseRows(FiscalYear year) {
		return cases.reportRows(months(year));
	}

	/** Each advisor's open tasks and open cases, by name. */
	private List<AdvisorWorkload> workload() {
		Map<String, Long> openTasks = tasks.perAssignee();
		Map<String, Long> openCases = cases.openCasesPerAdvisor();
		Set<String> advisors = new TreeSet<>(openTasks.keySet());
		advisors.addAll(openCases.keySet());
		return advisors.stream()
			.map(advisor -> new AdvisorWorkload(advisor, openTasks.getOrDefault(advisor, 0L),
					openCases.getOrDefault(advisor, 0L)))
			.toList();
	}

	/** The fiscal year's twelve months, from 1 April in the desk's zone. */
	private static Months months(FiscalYear year) {
		return new Months(year.start().atZone(year.zone()).toLocalDate(), year.zone());
	}

}
