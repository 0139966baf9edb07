package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jp.procurementdesk.companies.RegistrationStatus;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * REJECT: the contact gets the supervisor's note in their language; the registration is kept
 * for {@code desk.registration.keep-rejected}, then the cleanup deletes it.
 */
@Component
class RegistrationRejection {

	private final RegistrationRepository registrations;

	private final RegistrationMails mails;

	private final RegistrationProperties properties;

	private final Clock clock;

	RegistrationRejection(RegistrationRepository registrations, RegistrationMails mails,
			RegistrationProperties properties, Clock clock) {
		this.registrations = registrations;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	void reject(UUID registrationId, String note, String decidedBy) {
		Registration registration = registrations.findForChange(registrationId)
			.orElseThrow(() -> new NotFoundException("Registration"));
		if (registration.getStatus() != RegistrationStatus.AWAITING_REVIEW) {
			throw new ConflictException("The registration is " + registration.getStatus() + ", not awaiting review.");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		registration.rejected(note, decidedBy, now, now.plus(properties.keepRejected()));
		registrations.saveAndFlush(registration);
		mails.rejected(registration);
	}

}
