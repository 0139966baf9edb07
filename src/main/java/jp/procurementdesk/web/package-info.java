/**
 * Web UI shell: layout, language, home page. Feature pages live in their own modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web UI")
package jp.procurementdesk.web;
