/**
 * Each user's private calendar feed (docs/calendar.md): an iCalendar (RFC 5545) URL with a
 * token of its own, listing what the other modules contribute through {@link
 * jp.procurementdesk.calendar.CalendarSource}: open tasks' due dates, bid deadlines and WHO
 * response dates of the cases the user sees, the events they registered for.
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = { "identity", "shared" })
package jp.procurementdesk.calendar;

import org.springframework.modulith.ApplicationModule;
