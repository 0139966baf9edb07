/**
 * Web UI shell: layout, language, and every page of the desk. The rule for pages: each
 * Thymeleaf page controller lives here and composes the feature modules' public APIs; the
 * feature modules offer REST endpoints and Java APIs and render no HTML.
 */
@ApplicationModule(displayName = "Web UI", allowedDependencies = {
		"cases", "dashboard", "documents", "identity", "notifications", "process", "shared", "tasks",
		"tasks :: forms" })
package jp.procurementdesk.web;

import org.springframework.modulith.ApplicationModule;
