package jp.procurementdesk.notifications;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One notification of the caller, as the API and the pages show it.
 *
 * @param kind such as TASK_OPENED, TASK_ASSIGNED, INFORMATION_REMINDER, PQ_STATUS_CHECK,
 * BID_DEADLINE_7D, DEADLINE_MISSED, SLA_BREACHED, CASE_CLOSED, CASE_WITHDRAWN,
 * REGISTRATION_REVIEW_OVERDUE, OPPORTUNITY_PUBLISHED
 * @param parameters what the text is made of: {@code reference}, {@code taskKey},
 * {@code outcome}, {@code breachKind}, ... (an opportunity's: {@code title}, {@code opportunityId},
 * {@code opportunityKind})
 * @param text the notification in the caller's language
 * @param link the case page (for a company's registration: its review page; for an opportunity: its page)
 */
public record NotificationView(UUID id, UUID caseId, String caseReference, String kind, Map<String, String> parameters,
		String text, String link, OffsetDateTime created, boolean read, OffsetDateTime readAt) {

}
