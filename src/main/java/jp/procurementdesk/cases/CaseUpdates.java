package jp.procurementdesk.cases;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the process and task modules report about a case. Each call changes the case and
 * appends to its timeline in the caller's transaction. {@code actor} is a username or
 * {@link #SYSTEM} for timers.
 */
public interface CaseUpdates {

	String SYSTEM = "system";

	void statusReached(UUID caseId, CaseStatus status, String actor);

	void advisorAssigned(UUID caseId, String advisor, String actor);

	void pathwayWorkStarted(UUID caseId, Set<Pathway> pathways, String actor);

	void pathwayEnded(UUID caseId, Pathway pathway, PathwayOutcome outcome, BigDecimal contractValueUsd, String actor);

	void closed(UUID caseId, CaseOutcome outcome, String actor);

	/**
	 * Triage answered the inquiry: the case closes {@link CaseOutcome#ANSWERED} and
	 * {@link CaseEvents.QuestionAnswered} carries the answer (shown to the company as a desk message).
	 */
	void answered(UUID caseId, String answer, String actor);

	void slaBreached(UUID caseId, SlaBreachKind kind, String taskKey);

	/** Any other fact worth the timeline: a task completed with its values, a claim, a reassignment. */
	void record(UUID caseId, String actor, TimelineType type, Map<String, Object> details);

}
