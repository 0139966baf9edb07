/** Task forms: definitions per task key and their validation; also used by the web UI. */
@NamedInterface("forms")
package jp.procurementdesk.tasks.forms;

import org.springframework.modulith.NamedInterface;
