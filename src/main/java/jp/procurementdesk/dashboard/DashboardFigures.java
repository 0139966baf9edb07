package jp.procurementdesk.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/dashboard}. Fiscal-year figures: {@code casesByStatus}, {@code outcomes},
 * {@code caseOutcomes} and {@code openedPerMonth} count the cases opened in the fiscal year;
 * {@code closedPerMonth}, {@code medianDaysToClose} and {@code contractValueUsd} the cases
 * closed in it; {@code slaBreaches} the breaches that happened in it. {@code openCases},
 * {@code overdueTasks}, {@code advisorWorkload}, {@code tasksWaitingOnCompanies} and
 * {@code tasksWaitingOnDesk} are the situation now, whatever the fiscal year.
 */
public record DashboardFigures(int fiscalYear, String from, String to, long openCases,
		Map<String, Long> casesByStatus, long overdueTasks, Map<String, Long> slaBreaches,
		List<AdvisorWorkload> advisorWorkload, Map<String, Map<String, Long>> outcomes,
		Map<String, Long> caseOutcomes, long[] openedPerMonth, long[] closedPerMonth, BigDecimal medianDaysToClose,
		BigDecimal contractValueUsd, long tasksWaitingOnCompanies, long tasksWaitingOnDesk) {

	public record AdvisorWorkload(String advisor, long openTasks, long openCases) {
	}

}
