package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import jp.procurementdesk.companies.RegistrationEvents.RegistrationVerified;
import jp.procurementdesk.companies.RegistrationReceipt;
import jp.procurementdesk.companies.RegistrationStatus;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact opens the verification link: the token is used up, the registration awaits
 * review, and {@link RegistrationVerified} starts the review process in this transaction. A
 * token that is unknown, used already or expired is one and the same 404.
 */
@Service
class VerifyRegistration {

	private final RegistrationRepository registrations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VerifyRegistration(RegistrationRepository registrations, ApplicationEventPublisher events, Clock clock) {
		this.registrations = registrations;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	RegistrationReceipt verify(String token) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Registration registration = (token == null || token.isBlank()) ? null
				: registrations.findByTokenHash(VerificationTokens.hash(token.strip()))
					.filter(found -> found.getStatus() == RegistrationStatus.EMAIL_UNVERIFIED)
					.filter(found -> found.getTokenExpiresAt().isAfter(now))
					.orElse(null);
		if (registration == null) {
			throw new NotFoundException("Verification link");
		}
		registration.verified(now);
		registrations.saveAndFlush(registration);
		events.publishEvent(new RegistrationVerified(registration.getId()));
		return new RegistrationReceipt(registration.getId(), registration.getStatus());
	}

}
