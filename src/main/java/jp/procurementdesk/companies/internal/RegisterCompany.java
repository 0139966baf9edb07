package jp.procurementdesk.companies.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.procurementdesk.companies.RegistrationReceipt;
import jp.procurementdesk.companies.RegistrationRequest;
import jp.procurementdesk.companies.RegistrationStatus;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.shared.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A company registers: the request is checked (400), counted against the client address's
 * allowance (429), and the contact is mailed. The answer never tells whether the address is
 * known (docs/companies.md, Registration): an address of a user or of a registration under
 * review gets a mail that says so, a new id that leads nowhere, and the same 202 as a new
 * registration, after the same steps (one Keycloak look-up, one mail queued). A newer
 * registration of an address replaces its unverified ones: only the latest link counts.
 */
@Service
class RegisterCompany {

	private static final Logger log = LoggerFactory.getLogger(RegisterCompany.class);

	private static final List<RegistrationStatus> IN_PROGRESS = List.of(RegistrationStatus.EMAIL_UNVERIFIED,
			RegistrationStatus.AWAITING_REVIEW);

	private final RegistrationChecks checks;

	private final RegistrationRateLimit rateLimit;

	private final RegistrationRepository registrations;

	private final UserDirectory users;

	private final RegistrationMails mails;

	private final RegistrationProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RegisterCompany(RegistrationChecks checks, RegistrationRateLimit rateLimit, RegistrationRepository registrations,
			UserDirectory users, RegistrationMails mails, RegistrationProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.checks = checks;
		this.rateLimit = rateLimit;
		this.registrations = registrations;
		this.users = users;
		this.mails = mails;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	RegistrationReceipt register(RegistrationRequest request, Locale locale, String clientAddress) {
		checks.check(request);
		rateLimit.take(clientAddress);
		ContactDetails contact = ContactDetails.of(request, locale);
		// Outside the transaction: no database connection waits for Keycloak.
		boolean user = isUser(contact.contactEmail());
		return transactions.execute(status -> store(contact, user));
	}

	private RegistrationReceipt store(ContactDetails contact, boolean user) {
		List<Registration> inProgress = registrations.withContact(contact.contactEmail(), IN_PROGRESS);
		if (user) {
			mails.alreadyUser(contact);
			return unverified(UUID.randomUUID());
		}
		if (inProgress.stream().anyMatch(found -> found.getStatus() == RegistrationStatus.AWAITING_REVIEW)) {
			mails.alreadyUnderReview(contact);
			return unverified(UUID.randomUUID());
		}
		registrations.deleteAll(inProgress);
		OffsetDateTime now = OffsetDateTime.now(clock);
		String token = VerificationTokens.newToken();
		Registration registration = registrations.save(new Registration(UUID.randomUUID(), contact,
				VerificationTokens.hash(token), now, now.plus(properties.verifyWithin())));
		mails.verification(contact, token, Math.max(1, properties.verifyWithin().toHours()));
		return unverified(registration.getId());
	}

	/** Whether the address is a user's; while Keycloak is away it counts as unknown (the approval checks again). */
	private boolean isUser(String email) {
		try {
			return users.byEmail(email).isPresent();
		}
		catch (ServiceUnavailableException away) {
			log.warn("Registration of an address not checked against Keycloak's users ({})", away.getMessage());
			return false;
		}
	}

	private static RegistrationReceipt unverified(UUID id) {
		return new RegistrationReceipt(id, RegistrationStatus.EMAIL_UNVERIFIED);
	}

}
