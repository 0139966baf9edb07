package jp.procurementdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

/**
 * The mail catcher as Keycloak and a person use it: a multipart mail in by SMTP, read back as
 * its decoded text with its links, and over IMAP with the recipient's address as login and
 * any password.
 */
class MailCatcherTest {

	private static final String LINK = "http://localhost:8180/realms/procurement-desk/login-actions/action-token"
			+ "?key=eyJhbGciOiJIUzUxMiIsInR5cCIgOiAiSldUIiwia2lkIiA6ICI0YjM1In0.eyJleHAiOjE3NjQ2Mzc2MDAsImlhdCI6MTc2NDM3ODQw"
			+ "MCwianRpIjoiMTIzNCJ9.c2lnbmF0dXJl&client_id=desk-web&tab_id=abc";

	@Test
	void aMultipartMailIsReadAsItsTextWithItsLinksAndServedOverImapToTheRecipient() throws Exception {
		try (MailCatcher catcher = MailCatcher.start(DeskInfrastructure.freePort(), DeskInfrastructure.freePort())) {
			send(catcher, "new.user@newco.example.com", "Update Your Account");

			MailCatcher.Mail mail = catcher.receivedBy("NEW.USER@newco.example.com").get(0);
			assertThat(mail.subject()).isEqualTo("Update Your Account");
			assertThat(mail.body()).startsWith("Your administrator has just requested").doesNotContain("<html>");
			assertThat(mail.link("login-actions/action-token")).contains(LINK);
			assertThat(catcher.receivedBy("someone.else@newco.example.com")).isEmpty();

			Store imap = Session.getInstance(new Properties()).getStore("imap");
			imap.connect("127.0.0.1", catcher.imapPort(), "new.user@newco.example.com", "any password");
			try {
				Folder inbox = imap.getFolder("INBOX");
				inbox.open(Folder.READ_ONLY);
				assertThat(inbox.getMessages()).extracting(Message::getSubject).containsExactly("Update Your Account");
				inbox.close(false);
			}
			finally {
				imap.close();
			}
		}
	}

	/** As Keycloak sends it: text and HTML alternatives, quoted-printable (long link lines folded). */
	private static void send(MailCatcher catcher, String to, String subject) throws Exception {
		Properties smtp = new Properties();
		smtp.put("mail.smtp.host", "127.0.0.1");
		smtp.put("mail.smtp.port", Integer.toString(catcher.port()));
		MimeMessage message = new MimeMessage(Session.getInstance(smtp));
		message.setFrom(new InternetAddress("no-reply@procurement-desk.example.org"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject);
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Your administrator has just requested that you update your account. Click on the link below.\n\n"
				+ LINK + "\n\nThis link will expire within 3 days.", "UTF-8");
		text.setHeader("Content-Transfer-Encoding", "quoted-printable");
		MimeBodyPart html = new MimeBodyPart();
		html.setContent("<html><body><a href=\"" + LINK.replace("&", "&amp;") + "\">Link</a></body></html>",
				"text/html; charset=UTF-8");
		MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
		message.setContent(alternatives);
		Transport.send(message);
	}

}
