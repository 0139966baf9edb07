package jp.procurementdesk.cases.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jp.procurementdesk.cases.CaseEvents.CaseClosed;
import jp.procurementdesk.cases.CaseEvents.QuestionAnswered;
import jp.procurementdesk.cases.CaseEvents.SlaBreached;
import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseUpdates;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.PathwayOutcome;
import jp.procurementdesk.cases.SlaBreachKind;
import jp.procurementdesk.cases.TimelineType;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies what the processes report to the case, and writes each change to the timeline. */
@Service
@Transactional
class CaseRecorder implements CaseUpdates {

	private final SupportCaseRepository cases;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseRecorder(SupportCaseRepository cases, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void statusReached(UUID caseId, CaseStatus status, String actor) {
		SupportCase supportCase = load(caseId);
		CaseStatus before = supportCase.status();
		if (supportCase.moveTo(status)) {
			timeline.append(caseId, actor, TimelineType.STATUS_CHANGED, Map.of("from", before, "to", status));
		}
	}

	@Override
	public void advisorAssigned(UUID caseId, String advisor, String actor) {
		change(caseId, supportCase -> supportCase.assignAdvisor(advisor));
		timeline.append(caseId, actor, TimelineType.ADVISOR_ASSIGNED, Map.of("advisor", advisor));
	}

	@Override
	public void pathwayWorkStarted(UUID caseId, Set<Pathway> pathways, String actor) {
		change(caseId, supportCase -> supportCase.choosePathways(pathways));
		timeline.append(caseId, actor, TimelineType.PATHWAYS_STARTED, Map.of("pathways", pathways));
		statusReached(caseId, CaseStatus.IN_SUPPORT, actor);
	}

	@Override
	public void pathwayEnded(UUID caseId, Pathway pathway, PathwayOutcome outcome, BigDecimal contractValueUsd, String actor) {
		if (outcome.pathway() != pathway) {
			throw new IllegalArgumentException(outcome + " is not an outcome of " + pathway);
		}
		change(caseId, supportCase -> supportCase.recordPathwayOutcome(pathway, outcome, contractValueUsd, now()));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("pathway", pathway);
		details.put("outcome", outcome);
		if (contractValueUsd != null) {
			details.put("contractValueUsd", contractValueUsd);
		}
		timeline.append(caseId, actor, TimelineType.PATHWAY_OUTCOME, details);
	}

	@Override
	public void closed(UUID caseId, CaseOutcome outcome, String actor) {
		SupportCase supportCase = load(caseId);
		if (supportCase.close(outcome, now())) {
			timeline.append(caseId, actor, TimelineType.CASE_CLOSED, Map.of("outcome", outcome));
			events.publishEvent(new CaseClosed(caseId, supportCase.reference(), supportCase.companyId(), outcome));
		}
	}

	@Override
	public void answered(UUID caseId, String answer, String actor) {
		SupportCase supportCase = load(caseId);
		if (supportCase.close(CaseOutcome.ANSWERED, now())) {
			timeline.append(caseId, actor, TimelineType.CASE_CLOSED, Map.of("outcome", CaseOutcome.ANSWERED));
			events.publishEvent(new QuestionAnswered(caseId, supportCase.companyId(), answer, actor));
			events.publishEvent(new CaseClosed(caseId, supportCase.reference(), supportCase.companyId(),
					CaseOutcome.ANSWERED));
		}
	}

	@Override
	public void slaBreached(UUID caseId, SlaBreachKind kind, String taskKey) {
		SupportCase supportCase = load(caseId);
		supportCase.recordBreach(kind, taskKey, now());
		timeline.append(caseId, SYSTEM, TimelineType.SLA_BREACH, taskKey == null ? Map.of("kind", kind)
				: Map.of("kind", kind, "taskKey", taskKey));
		events.publishEvent(new SlaBreached(caseId, supportCase.reference(), kind, taskKey));
	}

	@Override
	public void record(UUID caseId, String actor, TimelineType type, Map<String, Object> details) {
		load(caseId);
		timeline.append(caseId, actor, type, details);
	}

	private void change(UUID caseId, Consumer<SupportCase> change) {
		change.accept(load(caseId));
	}

	private SupportCase load(UUID caseId) {
		return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
