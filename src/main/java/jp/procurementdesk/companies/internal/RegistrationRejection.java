package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;


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
		Registration registration = registrations.awaitingReview(registrationId);
		OffsetDateTime now = OffsetDateTime.now(clock);
		registration.rejected(note, decidedBy, now, now.plus(properties.keepRejected()));
		registrations.saveAndFlush(registration);
		mails.rejected(registration);
	}

}
