package jp.procurementdesk.opportunities.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import jp.procurementdesk.opportunities.OpportunityAuditRecord.Action;
import jp.procurementdesk.opportunities.OpportunityEvents.OpportunityClosed;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.process.DeadlinePassed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published opportunity's deadline passed (the timer of {@code deadline-watch}, once across all
 * nodes): it closes, in the timer job's transaction. Anything else (a subject that is not an
 * opportunity, one closed already) is left alone.
 */
@Component
class OpportunityClosing {

	private final OpportunityRepository opportunities;

	private final OpportunityAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OpportunityClosing(OpportunityRepository opportunities, OpportunityAudit audit, ApplicationEventPublisher events,
			Clock clock) {
		this.opportunities = opportunities;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(DeadlinePassed passed) {
		opportunities.findById(passed.subjectId())
			.filter(opportunity -> opportunity.getStatus() == OpportunityStatus.PUBLISHED)
			.ifPresent(opportunity -> {
				opportunity.close(OffsetDateTime.now(clock));
				opportunities.saveAndFlush(opportunity);
				audit.record(opportunity.getId(), OpportunityAudit.SYSTEM, Action.CLOSED,
						Map.of("deadline", passed.deadline().toString()));
				events.publishEvent(new OpportunityClosed(opportunity.getId(), opportunity.view().kind()));
			});
	}

}
