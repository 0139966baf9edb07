package jp.procurementdesk.dashboard;

import java.util.List;

/**
 * The supervisors' dashboard, for the API and the web page alike. No role check: callers let
 * supervisors only.
 */
public interface Dashboard {

	/** The figures of the fiscal year and the open work now. */
	DashboardFigures figures(FiscalYear year);

	/** The rows of the CSV report: one per case opened in the fiscal year, oldest first. */
	List<List<String>> caseRows(FiscalYear year);

}
