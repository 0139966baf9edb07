/**
 * Web UI shell: every HTML page of the desk (layout, language, home, cases, tasks, documents,
 * notifications, consultation records, dashboard, a company's registration and its review, the company page and the
 * supervisors' companies). Its controllers compose the feature modules' public APIs; the feature
 * modules offer REST and Java APIs and render no HTML (README, Architecture).
 */
@ApplicationModule(displayName = "Web UI", allowedDependencies = {
		"calendar", "cases", "companies", "consultations", "conversation", "dashboard", "documents", "identity", "notifications", "opportunities", "process", "shared", "tasks",
		"tasks :: forms" })
package jp.procurementdesk.web;

import org.springframework.modulith.ApplicationModule;
