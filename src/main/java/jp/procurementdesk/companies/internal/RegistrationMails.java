package jp.procurementdesk.companies.internal;

import java.util.Locale;

import jp.procurementdesk.shared.OutgoingMail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mails to a registration's contact, in the contact's language (bundle keys
 * {@code register.mail.*}), queued in the caller's transaction through the outbox.
 */
@Component
class RegistrationMails {

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final String publicUrl;

	RegistrationMails(OutgoingMail mail, MessageSource messages, @Value("${desk.public-url}") String publicUrl) {
		this.mail = mail;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** The single-use link that verifies the address. */
	void verification(ContactDetails contact, String token, long validHours) {
		String link = UriComponentsBuilder.fromUriString(publicUrl + "/register/verify")
			.queryParam("token", token)
			.build()
			.toUriString();
		send(contact.contactEmail(), contact.locale(), "verify", contact.contactName(), contact.companyName(), link,
				Long.toString(validHours));
	}

	/** The address belongs to a user already: where to sign in instead (no new registration). */
	void alreadyUser(ContactDetails contact) {
		send(contact.contactEmail(), contact.locale(), "known", contact.contactName(), contact.companyName(),
				publicUrl + "/");
	}

	/** A registration of this address is under review already. */
	void alreadyUnderReview(ContactDetails contact) {
		send(contact.contactEmail(), contact.locale(), "pending", contact.contactName(), contact.companyName());
	}

	/** The supervisors rejected the registration: their note. */
	void rejected(Registration registration) {
		Locale locale = ContactDetails.JAPANESE.equals(registration.getContactLocale()) ? Locale.JAPANESE
				: Locale.ENGLISH;
		send(registration.getContactEmail(), locale, "rejected", registration.getContactName(),
				registration.getCompanyName(), registration.getNote());
	}

	private void send(String address, Locale locale, String kind, Object... arguments) {
		String subject = messages.getMessage("register.mail." + kind + ".subject", arguments, locale);
		String body = messages.getMessage("register.mail." + kind + ".body", arguments, locale);
		mail.queue(address, subject, body);
	}

}
