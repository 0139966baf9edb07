/**
 * Information provision (docs/opportunities.md): the UN tenders, WHO invitations for
 * expressions of interest, Compendium calls, events and news the desk publishes, matched to
 * the companies whose interests they meet; event registrations; cases opened from a notice.
 */
@ApplicationModule(displayName = "Opportunities",
		allowedDependencies = { "calendar", "cases", "companies", "identity", "process", "shared", "tasks" })
package jp.procurementdesk.opportunities;

import org.springframework.modulith.ApplicationModule;
