/**
 * Dashboard: the supervisors' read model of the desk (issue 7). Only reads, with set-based SQL
 * over the case tables and Camunda's runtime task tables: {@code GET /api/dashboard} (figures
 * of a Japanese fiscal year plus the open work now) and {@code GET /api/reports/cases.csv}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package jp.procurementdesk.dashboard;
