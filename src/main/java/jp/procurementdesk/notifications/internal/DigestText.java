package jp.procurementdesk.notifications.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jp.procurementdesk.identity.UserDirectory.DirectoryUser;
import jp.procurementdesk.opportunities.OpportunityView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a digest mail, in the recipient's language (the Keycloak attribute
 * {@code locale}, English when unset): each opportunity with its title, kind, deadline (in the
 * desk's zone) and the link to its page. Plain text: a title is never read as HTML.
 */
@Component
class DigestText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final NotificationTexts texts;

	private final Clock clock;

	private final String publicUrl;

	DigestText(MessageSource messages, NotificationTexts texts, Clock clock,
			@Value("${desk.public-url}") String publicUrl) {
		this.messages = messages;
		this.texts = texts;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	Mail mail(DirectoryUser recipient, List<OpportunityView> opportunities, OffsetDateTime day) {
		Locale locale = NotificationTexts.localeOf(recipient.locale());
		StringBuilder list = new StringBuilder();
		for (OpportunityView opportunity : opportunities) {
			String kind = messages.getMessage("digest.kind." + opportunity.kind().name(), null, locale);
			String line = opportunity.deadline() == null
					? messages.getMessage("digest.mail.item", new Object[] { opportunity.title(), kind }, locale)
					: messages.getMessage("digest.mail.item.deadline", new Object[] { opportunity.title(), kind,
							TIME.format(opportunity.deadline().atZoneSameInstant(clock.getZone())),
							clock.getZone().getId() }, locale);
			list.append("- ").append(line.replaceAll("[\\r\\n]+", " ")).append("\n  ")
				.append(publicUrl).append("/opportunities/").append(opportunity.id()).append("\n\n");
		}
		String date = day.toLocalDate().toString();
		String subject = texts.subject(
				messages.getMessage("digest.mail.subject", new Object[] { date, opportunities.size() }, locale), locale);
		String body = messages.getMessage("digest.mail.body", new Object[] {
				recipient.displayName() == null ? recipient.username() : recipient.displayName(), opportunities.size(),
				list.toString().stripTrailing(), publicUrl + "/opportunities", publicUrl + "/company" }, locale);
		return new Mail(subject, body);
	}

	record Mail(String subject, String body) {
	}

}
