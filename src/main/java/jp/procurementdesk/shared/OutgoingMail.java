package jp.procurementdesk.shared;

/**
 * Mail to someone who is not (yet) a user of the desk, such as the contact of a company's
 * registration. It goes through the same outbox as the notification mails: written in the
 * caller's transaction, sent afterwards with retries, once across all nodes; nothing is
 * queued while mail is off.
 */
public interface OutgoingMail {

	/**
	 * Queues a plain-text mail in the current transaction.
	 * @param address the recipient's address
	 */
	void queue(String address, String subject, String body);

}
