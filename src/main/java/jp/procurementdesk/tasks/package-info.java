/**
 * Tasks: the open work of the processes as users see it (the task endpoints of docs/contract.md),
 * with who may see and act on what, and the form of each task key, which both validates
 * completions and describes the fields to clients.
 */
@ApplicationModule(displayName = "Tasks", allowedDependencies = {
		"calendar", "cases", "companies", "documents", "identity", "process", "shared" })
package jp.procurementdesk.tasks;

import org.springframework.modulith.ApplicationModule;
