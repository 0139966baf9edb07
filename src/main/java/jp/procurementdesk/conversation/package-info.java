/**
 * Conversation: the messages of a case between the company's users and the desk
 * (docs/conversation.md), with the desk's internal notes the company never sees, attachments
 * (documents of the same case) and each user's unread count ({@link jp.procurementdesk.cases.UnreadMessages}).
 * Publishes {@link jp.procurementdesk.conversation.MessagePosted}; stores the answer of a question
 * answered at triage as a desk message.
 */
@ApplicationModule(displayName = "Conversation", allowedDependencies = { "cases", "documents", "identity", "shared" })
package jp.procurementdesk.conversation;

import org.springframework.modulith.ApplicationModule;
