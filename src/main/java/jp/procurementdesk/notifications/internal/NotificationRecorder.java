package jp.procurementdesk.notifications.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.CaseEvents.CaseClosed;
import jp.procurementdesk.cases.CaseEvents.SlaBreached;
import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.Cases.CaseLabel;
import jp.procurementdesk.identity.CompanyGroups;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.identity.UserDirectory.DirectoryUser;
import jp.procurementdesk.notifications.internal.NotificationStore.StoredNotification;
import jp.procurementdesk.process.ProcessModel.Groups;
import jp.procurementdesk.process.ReminderDue;
import jp.procurementdesk.process.TaskOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Who hears of what. Listens synchronously, inside the transaction of the change, and writes
 * the in-app notifications and the outgoing mails there: a rolled-back change notifies no
 * one, a committed one is never lost.
 * <ul>
 * <li>a company task: every user of the company; an advisor task: its assignee, or the
 * advisors when unassigned; a supervisors' task: the supervisors (never the user whose
 * action created or assigned it);</li>
 * <li>reminders: as the process says (company, the case's advisor, supervisors);</li>
 * <li>SLA breaches: supervisors; a case closed or withdrawn: its company and its advisor.</li>
 * </ul>
 * A recipient lookup that fails (Keycloak away) is logged and does not fail the change.
 */
@Component
class NotificationRecorder {

	private static final Logger log = LoggerFactory.getLogger(NotificationRecorder.class);

	private final NotificationStore store;

	private final MailOutbox outbox;

	private final NotificationTexts texts;

	private final UserDirectory directory;

	private final Cases cases;

	private final Clock clock;

	private final String publicUrl;

	NotificationRecorder(NotificationStore store, MailOutbox outbox, NotificationTexts texts, UserDirectory directory,
			Cases cases, Clock clock, @Value("${desk.public-url}") String publicUrl) {
		this.store = store;
		this.outbox = outbox;
		this.texts = texts;
		this.directory = directory;
		this.cases = cases;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@EventListener
	void on(TaskOpened task) {
		notify(task.caseId(), task.reassigned() ? "TASK_ASSIGNED" : "TASK_OPENED", Map.of("taskKey", task.taskKey()),
				label -> {
					Map<String, DirectoryUser> recipients = new LinkedHashMap<>();
					if (task.assignee() != null) {
						directory.user(task.assignee()).ifPresent(user -> recipients.put(user.username(), user));
					}
					else {
						for (String group : task.candidateGroups()) {
							add(recipients, CompanyGroups.isCompanyGroup(group)
									? directory.companyUsers(CompanyGroups.companyIdOf(group))
									: Groups.ADVISORS.equals(group) ? directory.members(DeskRole.ADVISOR)
											: Groups.SUPERVISORS.equals(group) ? directory.members(DeskRole.SUPERVISOR)
													: List.of());
						}
					}
					recipients.remove(task.actor());
					return recipients.values();
				});
	}

	@EventListener
	void on(ReminderDue reminder) {
		Map<String, String> parameters = reminder.taskKey() == null ? Map.of() : Map.of("taskKey", reminder.taskKey());
		notify(reminder.caseId(), reminder.reminder(), parameters, label -> switch (reminder.recipients()) {
			case COMPANY -> directory.companyUsers(label.companyId());
			case ADVISOR -> advisorOf(label);
			case SUPERVISORS -> directory.members(DeskRole.SUPERVISOR);
		});
	}

	@EventListener
	void on(SlaBreached breach) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("breachKind", breach.kind().name());
		if (breach.taskKey() != null) {
			parameters.put("taskKey", breach.taskKey());
		}
		notify(breach.caseId(), "SLA_BREACHED", parameters, label -> directory.members(DeskRole.SUPERVISOR));
	}

	@EventListener
	void on(CaseClosed closed) {
		boolean withdrawn = closed.outcome() == CaseOutcome.WITHDRAWN;
		notify(closed.caseId(), withdrawn ? "CASE_WITHDRAWN" : "CASE_CLOSED",
				Map.of("outcome", closed.outcome().name()), label -> {
					Map<String, DirectoryUser> recipients = new LinkedHashMap<>();
					add(recipients, directory.companyUsers(label.companyId()));
					add(recipients, advisorOf(label));
					return recipients.values();
				});
	}

	private List<DirectoryUser> advisorOf(CaseLabel label) {
		return label.advisor() == null ? List.of() : directory.user(label.advisor()).stream().toList();
	}

	private static void add(Map<String, DirectoryUser> recipients, Collection<DirectoryUser> users) {
		users.forEach(user -> recipients.putIfAbsent(user.username(), user));
	}

	private void notify(UUID caseId, String kind, Map<String, String> details, Recipients recipients) {
		CaseLabel label = cases.labels(List.of(caseId)).get(caseId);
		if (label == null) {
			log.warn("No case {} for notification {}", caseId, kind);
			return;
		}
		Collection<DirectoryUser> users;
		try {
			users = recipients.of(label);
		}
		catch (DataAccessException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.error("Notification {} of case {} not recorded: recipients unknown ({})", kind, label.reference(),
					ex.toString());
			return;
		}
		Map<String, String> parameters = new LinkedHashMap<>(details);
		parameters.put("reference", label.reference());
		String caseLink = publicUrl + "/cases/" + caseId;
		for (DirectoryUser user : users) {
			UUID id = UUID.randomUUID();
			store.add(new StoredNotification(id, user.username(), caseId, kind, parameters, clock.instant(), null));
			if (user.email() != null) {
				Locale locale = NotificationTexts.localeOf(user.locale());
				String text = texts.text(kind, parameters, locale);
				outbox.enqueue(id, user.username(), user.email(), texts.subject(text, locale),
						texts.body(user.displayName(), text, caseLink, publicUrl + "/notifications", locale));
			}
		}
	}

	@FunctionalInterface
	private interface Recipients {

		Collection<DirectoryUser> of(CaseLabel label);

	}

}
