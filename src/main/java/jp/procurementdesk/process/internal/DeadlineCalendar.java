package jp.procurementdesk.process.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.calendar.CalendarEntry;
import jp.procurementdesk.calendar.CalendarSource;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dates of the running pathway processes that a company works towards (docs/calendar.md):
 * the bid deadline of a UN tender ({@code submissionDeadline} of {@code identify-tender}) and
 * the date WHO set for answering its query ({@code responseDue} of {@code record-screening}),
 * for the cases the user sees ({@link Cases#find}: company, assigned advisor, supervisor).
 * Process variables of running instances: a process that ended takes its dates with it.
 */
@Component
class DeadlineCalendar implements CalendarSource {

	private static final String TITLE = "title";

	private static final String NOTICE_ID = "noticeId";

	private static final String AGENCY = "agency";

	private final RuntimeService runtime;

	private final Cases cases;

	private final MessageSource messages;

	private final Clock clock;

	DeadlineCalendar(RuntimeService runtime, Cases cases, MessageSource messages, Clock clock) {
		this.runtime = runtime;
		this.cases = cases;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<CalendarEntry> entries(CurrentUser user) {
		Map<String, Map<String, Object>> byInstance = new HashMap<>();
		for (VariableInstance variable : runtime.createVariableInstanceQuery()
			.variableNameIn(Variables.SUBMISSION_DEADLINE, Variables.RESPONSE_DUE, TITLE, NOTICE_ID, AGENCY)
			.disableBinaryFetching()
			.list()) {
			if (variable.getValue() != null) {
				byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
					.putIfAbsent(variable.getName(), variable.getValue());
			}
		}
		byInstance.values().removeIf(values -> !(values.get(Variables.SUBMISSION_DEADLINE) instanceof Date)
				&& !(values.get(Variables.RESPONSE_DUE) instanceof Date));
		if (byInstance.isEmpty()) {
			return List.of();
		}
		Locale language = LocaleContextHolder.getLocale();
		Map<UUID, Optional<CaseView>> seen = new HashMap<>();
		List<CalendarEntry> entries = new ArrayList<>();
		for (ProcessInstance instance : runtime.createProcessInstanceQuery()
			.processInstanceIds(Set.copyOf(byInstance.keySet()))
			.list()) {
			Optional<CaseView> visible = caseId(instance.getBusinessKey())
				.flatMap(caseId -> seen.computeIfAbsent(caseId, id -> cases.find(id, user)));
			visible.ifPresent(supportCase -> entries.addAll(entries(supportCase, byInstance.get(instance.getId()),
					language)));
		}
		return entries;
	}

	private List<CalendarEntry> entries(CaseView supportCase, Map<String, Object> values, Locale language) {
		List<CalendarEntry> entries = new ArrayList<>();
		String path = "/cases/" + supportCase.id();
		if (values.get(Variables.SUBMISSION_DEADLINE) instanceof Date deadline) {
			String title = text(values.get(TITLE), supportCase.productName());
			String summary = messages.getMessage("calendar.bid.summary",
					new Object[] { title, supportCase.reference() }, language);
			String description = messages.getMessage("calendar.bid.description",
					new Object[] { title, text(values.get(AGENCY), "-"), text(values.get(NOTICE_ID), "-"),
							supportCase.reference(), supportCase.companyName(), supportCase.productName() },
					language);
			entries.add(new CalendarEntry("bid-deadline-" + supportCase.id(), CalendarEntry.Kind.BID_DEADLINE, summary,
					description, at(deadline), null, path));
		}
		if (values.get(Variables.RESPONSE_DUE) instanceof Date due) {
			String summary = messages.getMessage("calendar.who.summary",
					new Object[] { supportCase.productName(), supportCase.reference() }, language);
			String description = messages.getMessage("calendar.who.description",
					new Object[] { supportCase.reference(), supportCase.companyName(), supportCase.productName() },
					language);
			entries.add(new CalendarEntry("who-response-" + supportCase.id(), CalendarEntry.Kind.WHO_RESPONSE_DUE,
					summary, description, at(due), null, path));
		}
		return entries;
	}

	private OffsetDateTime at(Date date) {
		return date.toInstant().atZone(clock.getZone()).toOffsetDateTime();
	}

	private static String text(Object value, String otherwise) {
		return value == null || value.toString().isBlank() ? otherwise : value.toString();
	}

	private static Optional<UUID> caseId(String businessKey) {
		try {
			return businessKey == null ? Optional.empty() : Optional.of(UUID.fromString(businessKey));
		}
		catch (IllegalArgumentException notCase) {
			return Optional.empty();
		}
	}

}
