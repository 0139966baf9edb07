package jp.procurementdesk.opportunities.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.tasks.FieldProposals;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tender a case was opened from fills in its {@code identify-tender} form
 * (docs/opportunities.md#a-case-from-a-notice): {@code agency}, {@code noticeId}, {@code title}
 * and {@code submissionDeadline} (ISO-8601 with the desk's offset), which the advisor confirms
 * or corrects. Only for a case opened from a {@link OpportunityKind#UN_TENDER}.
 */
@Component
class TenderProposals implements FieldProposals {

	private final Cases cases;

	private final OpportunityRepository opportunities;

	private final Clock clock;

	TenderProposals(Cases cases, OpportunityRepository opportunities, Clock clock) {
		this.cases = cases;
		this.opportunities = opportunities;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> propose(String taskKey, UUID caseId) {
		if (!Tasks.IDENTIFY_TENDER.equals(taskKey) || caseId == null) {
			return Map.of();
		}
		return cases.opportunityOf(caseId)
			.flatMap(opportunities::findById)
			.map(Opportunity::view)
			.filter(opportunity -> opportunity.kind() == OpportunityKind.UN_TENDER)
			.map(this::tender)
			.orElse(Map.of());
	}

	private Map<String, Object> tender(OpportunityView opportunity) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (opportunity.agency() != null) {
			values.put("agency", opportunity.agency().name());
		}
		if (opportunity.noticeId() != null) {
			values.put("noticeId", opportunity.noticeId());
		}
		values.put("title", opportunity.title());
		if (opportunity.deadline() != null) {
			values.put(Variables.SUBMISSION_DEADLINE, DateTimeFormatter.ISO_OFFSET_DATE_TIME
				.format(opportunity.deadline().atZoneSameInstant(clock.getZone()).toOffsetDateTime()));
		}
		return values;
	}

}
