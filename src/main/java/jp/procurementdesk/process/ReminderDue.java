package jp.procurementdesk.process;

import java.util.UUID;

/**
 * A process timer asks to remind someone (the timers of docs/contract.md, Processes): {@code reminder} such as
 * INFORMATION_REMINDER, PQ_STATUS_CHECK, BID_DEADLINE_7D or DEADLINE_MISSED;
 * {@code recipients} one of company / advisor / supervisors.
 */
public record ReminderDue(UUID caseId, String reminder, String recipients, String taskKey) {

}
