/**
 * Process: the BPMN models' side of the Java code. Starts and ends a case's process, runs
 * the thin delegates the models call (for a company's registration, into the companies module), keeps the case status in step with the open tasks,
 * and tells the engine who the current user is. The engine stays behind this module (and
 * the task module's service), so that a move to a Camunda 7 fork touches little.
 */
@ApplicationModule(displayName = "Process", allowedDependencies = { "calendar", "cases", "companies", "identity", "shared" })
package jp.procurementdesk.process;

import org.springframework.modulith.ApplicationModule;
