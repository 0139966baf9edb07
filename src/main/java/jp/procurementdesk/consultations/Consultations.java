package jp.procurementdesk.consultations;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.identity.CurrentUser;

/**
 * The consultation records of a case, on behalf of a user (docs/consultations.md). A case the
 * user may not see does not exist for them (404); one they see but may not record on answers
 * 403; bad input 400 with a problem per field, and nothing changes.
 */
public interface Consultations {

	/** How long after recording its author may correct a record. */
	Duration CORRECTION_WINDOW = Duration.ofDays(7);

	/** The case's records, newest consultation first. */
	List<ConsultationView> list(UUID caseId, CurrentUser viewer);

	/** Records a consultation: the case's advisor and supervisors. */
	ConsultationView record(UUID caseId, ConsultationInput input, CurrentUser user);

	/**
	 * Its author corrects a record within {@link #CORRECTION_WINDOW}; {@code version} is the one the
	 * correction was made on (409 when the record changed since, or the window has passed; null:
	 * {@link VersionRequired}, once the caller is known to be the author).
	 */
	ConsultationView correct(UUID caseId, UUID consultationId, Long version, ConsultationInput input, CurrentUser user);

	/** Whether the user may record consultations on this case (which they see). */
	boolean mayRecord(CaseView supportCase, CurrentUser user);

	/** Whether the user may correct this record now. */
	boolean mayCorrect(ConsultationView consultation, CurrentUser user);

	/** A correction without the version it was made on (the API answers 428). */
	class VersionRequired extends RuntimeException {

		public VersionRequired() {
			super("The record's version (If-Match) is required");
		}

	}

}
