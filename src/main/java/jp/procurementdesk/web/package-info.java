/**
 * Web UI shell: every HTML page of the desk (layout, language, home, cases, tasks, documents,
 * notifications). Its controllers compose the feature modules' public APIs; the feature
 * modules offer REST and Java APIs and render no HTML (docs/pages-rule.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web UI")
package jp.procurementdesk.web;
