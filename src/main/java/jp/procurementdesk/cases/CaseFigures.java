package jp.procurementdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The cases' figures for the supervisors' dashboard, its CSV report and monitoring: counts
 * with set-based SQL over the case tables (never a loop over cases), off the covering indexes
 * of migration V8. No visibility check: callers check who may see figures. Maps are keyed by
 * enum names and hold every constant, zero when no case has it.
 */
public interface CaseFigures {

	/** Cases not closed, now. */
	long openCases();

	/** Cases not closed now, per advisor (cases without an advisor are not counted). */
	Map<String, Long> openCasesPerAdvisor();

	/** The cases opened in the months: by status and outcome ({@link CaseStatus}, {@link CaseOutcome}), per month. */
	OpenedCases opened(Months months);

	/** The SLA breaches that happened in the months, by {@link SlaBreachKind}. */
	Map<String, Long> slaBreaches(Months months);

	/** The outcomes of the pathways of the cases opened in the months: pathway -> outcome -> cases. */
	Map<String, Map<String, Long>> pathwayOutcomes(Months months);

	/** The cases closed in the months: per month, the median time to close, the contract value won. */
	ClosedCases closed(Months months);

	/**
	 * One row per case opened in the months, oldest first: reference, company, product,
	 * category, pathways, status, outcome, advisor, opened, closed (dates in the months' zone),
	 * the WHO PQ, Compendium and UN procurement outcomes and the contract value in USD.
	 */
	List<List<String>> reportRows(Months months);

	/** Twelve months from a first day, 00:00 in a zone (a fiscal year); month 0 is the first. */
	record Months(LocalDate first, ZoneId zone) {

		/** The start of a month, 0..12 (12 is the end, exclusive). */
		public OffsetDateTime start(int month) {
			return first.plusMonths(month).atStartOfDay(zone).toOffsetDateTime();
		}

		public OffsetDateTime from() {
			return start(0);
		}

		public OffsetDateTime to() {
			return start(12);
		}

	}

	record OpenedCases(Map<String, Long> byStatus, Map<String, Long> byOutcome, long[] perMonth) {
	}

	/** {@code medianDaysToClose} is {@code null} when no case closed; the contract value has two decimals. */
	record ClosedCases(long[] perMonth, BigDecimal medianDaysToClose, BigDecimal contractValueUsd) {
	}

}
