package jp.procurementdesk.companies.internal;

import java.util.UUID;

import jp.procurementdesk.companies.RegistrationEvents.RegistrationReviewOverdue;
import jp.procurementdesk.companies.RegistrationReview;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's {@link RegistrationReview}, called by the process's delegates in the engine's transaction. */
@Service
class ReviewDecisions implements RegistrationReview {

	private final RegistrationApproval approval;

	private final RegistrationRejection rejection;

	private final RegistrationRepository registrations;

	private final ApplicationEventPublisher events;

	ReviewDecisions(RegistrationApproval approval, RegistrationRejection rejection, RegistrationRepository registrations,
			ApplicationEventPublisher events) {
		this.approval = approval;
		this.rejection = rejection;
		this.registrations = registrations;
		this.events = events;
	}

	@Override
	public void approve(UUID registrationId, String companyId, String decidedBy) {
		approval.approve(registrationId, companyId, decidedBy);
	}

	@Override
	public void reject(UUID registrationId, String note, String decidedBy) {
		rejection.reject(registrationId, note, decidedBy);
	}

	/** The supervisors hear of it (module notifications); a registration gone meanwhile tells no one. */
	@Override
	@Transactional(readOnly = true)
	public void reviewOverdue(UUID registrationId) {
		registrations.findById(registrationId)
			.ifPresent(registration -> events
				.publishEvent(new RegistrationReviewOverdue(registrationId, registration.getCompanyName())));
	}

}
