/**
 * Dashboard: the supervisors' read model of the desk (issue 7): {@code GET /api/dashboard}
 * (figures of a Japanese fiscal year plus the open work now) and
 * {@code GET /api/reports/cases.csv}. Only reads, and only through the owning modules' APIs:
 * the cases count their figures ({@link jp.procurementdesk.cases.CaseFigures}), the tasks
 * their open work ({@link jp.procurementdesk.tasks.OpenTaskFigures}). Its page is the web
 * module's, reading {@link jp.procurementdesk.dashboard.Dashboard}.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = { "cases", "identity", "shared", "tasks" })
package jp.procurementdesk.dashboard;

import org.springframework.modulith.ApplicationModule;
