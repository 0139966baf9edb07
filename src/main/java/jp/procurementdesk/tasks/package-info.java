/**
 * Tasks: the open work of the processes as users see it (the task endpoints of docs/contract.md),
 * with who may see and act on what, and the form of each task key, which both validates
 * completions and describes the fields to clients.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package jp.procurementdesk.tasks;
