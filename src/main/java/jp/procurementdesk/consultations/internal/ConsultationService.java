package jp.procurementdesk.consultations.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.CaseUpdates;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.TimelineType;
import jp.procurementdesk.consultations.ConsultationEvents.ConsultationCorrected;
import jp.procurementdesk.consultations.ConsultationEvents.ConsultationRecorded;
import jp.procurementdesk.consultations.ConsultationInput;
import jp.procurementdesk.consultations.ConsultationView;
import jp.procurementdesk.consultations.Consultations;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading, recording and correcting consultation records. Guards come first, in the order of
 * the API: the case unseen 404, the role or author 403, the window or version 409, the input
 * 400; only then anything changes.
 */
@Service
@Transactional
class ConsultationService implements Consultations {

	static final String STALE = "The record was corrected meanwhile; reload it and make your correction again.";

	static final String WINDOW_PASSED = "A record can be corrected within 7 days of recording it; this one is older.";

	private final Cases cases;

	private final CaseUpdates updates;

	private final ConsultationRepository records;

	private final ConsultationRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsultationService(Cases cases, CaseUpdates updates, ConsultationRepository records, ConsultationRules rules,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.updates = updates;
		this.records = records;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConsultationView> list(UUID caseId, CurrentUser viewer) {
		visibleCase(caseId, viewer);
		return records.ofCase(caseId).stream().map(Consultation::view).toList();
	}

	@Override
	public ConsultationView record(UUID caseId, ConsultationInput input, CurrentUser user) {
		CaseView supportCase = visibleCase(caseId, user);
		if (!mayRecord(supportCase, user)) {
			throw new ForbiddenException("Only the case's advisor and supervisors record consultations.");
		}
		ConsultationRecord values = ConsultationRecord.of(rules.check(input));
		Consultation consultation = records.saveAndFlush(new Consultation(caseId, values, user.username(), now()));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("consultationId", consultation.getId().toString());
		details.putAll(values.details());
		updates.record(caseId, user.username(), TimelineType.CONSULTATION_RECORDED, details);
		events.publishEvent(new ConsultationRecorded(caseId, supportCase.companyId(), consultation.getId(),
				values.heldOn(), values.channel(), values.minutes(), values.topics()));
		return consultation.view();
	}

	@Override
	public ConsultationView correct(UUID caseId, UUID consultationId, Long version, ConsultationInput input,
			CurrentUser user) {
		CaseView supportCase = visibleCase(caseId, user);
		Consultation consultation = records.find(caseId, consultationId)
			.orElseThrow(() -> new NotFoundException("Consultation"));
		if (!consultation.getRecordedBy().equals(user.username())) {
			throw new ForbiddenException("Only its author corrects a consultation record.");
		}
		if (version == null) {
			throw new VersionRequired();
		}
		if (!withinWindow(consultation.getRecordedAt())) {
			throw new ConflictException(WINDOW_PASSED);
		}
		if (consultation.getVersion() != version.longValue()) {
			throw new ConflictException(STALE);
		}
		ConsultationRecord next = ConsultationRecord.of(rules.check(input));
		Map<String, Object> changes = consultation.values().changesTo(next);
		if (changes.isEmpty()) {
			return consultation.view();
		}
		consultation.take(next);
		consultation.corrected(now());
		try {
			records.saveAndFlush(consultation);
		}
		catch (ObjectOptimisticLockingFailureException concurrent) {
			throw new ConflictException(STALE, concurrent);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("consultationId", consultationId.toString());
		details.putAll(changes);
		updates.record(caseId, user.username(), TimelineType.CONSULTATION_EDITED, details);
		events.publishEvent(new ConsultationCorrected(caseId, supportCase.companyId(), consultationId, next.heldOn(),
				next.channel(), next.minutes(), next.topics()));
		return consultation.view();
	}

	@Override
	public boolean mayRecord(CaseView supportCase, CurrentUser user) {
		return user.hasRole(DeskRole.SUPERVISOR)
				|| (user.hasRole(DeskRole.ADVISOR) && user.username().equals(supportCase.advisor()));
	}

	@Override
	public boolean mayCorrect(ConsultationView consultation, CurrentUser user) {
		return consultation.recordedBy().equals(user.username()) && withinWindow(consultation.recordedAt());
	}

	private boolean withinWindow(OffsetDateTime recordedAt) {
		return !now().isAfter(recordedAt.plus(CORRECTION_WINDOW));
	}

	private CaseView visibleCase(UUID caseId, CurrentUser user) {
		return cases.find(caseId, user).orElseThrow(() -> new NotFoundException("Case"));
	}

	/** Now as the database gives it back (microseconds, UTC), so that an answer reads as a reload does. */
	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
