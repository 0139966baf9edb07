/** Task forms: definitions per task key and their validation; also used by the web UI. */
@org.springframework.modulith.NamedInterface("forms")
package jp.procurementdesk.tasks.forms;
