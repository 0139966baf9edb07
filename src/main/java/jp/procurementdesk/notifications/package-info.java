/**
 * Notifications: tells users what needs them, in the application (bell, notifications page,
 * {@code /api/notifications}) and by mail. Only listens: tasks created or assigned, process
 * reminders and missed deadlines, SLA breaches, cases closed or withdrawn, a company's
 * registration waiting too long for its review, messages of a case's
 * conversation (mailed in batches per recipient and case). In-app
 * notifications and outgoing mails are written in the transaction of the change; a scheduled
 * sender delivers the mails afterwards, retrying while the SMTP server is away.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "cases", "companies", "conversation", "identity", "opportunities", "process", "shared" })
package jp.procurementdesk.notifications;

import org.springframework.modulith.ApplicationModule;
