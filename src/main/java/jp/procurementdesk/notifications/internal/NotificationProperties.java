package jp.procurementdesk.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code desk.notifications.*}: the mail sender's pace and retries; {@code desk.public-url} is
 * read separately (the address of the application in links).
 *
 * @param from the sender of the mails
 * @param sendInterval how often the sender looks for due mails
 * @param retryInitial the wait after the first failure; doubled after each further one
 * @param retryMax the longest wait between two attempts
 * @param maxAttempts after that many failures a mail is given up (and logged as an error)
 * @param batchSize mails sent per round at most
 */
@ConfigurationProperties("desk.notifications.mail")
record NotificationProperties(String from, Duration sendInterval, Duration retryInitial, Duration retryMax,
		Integer maxAttempts, Integer batchSize) {

	/** The wait after {@code failures} failed attempts. */
	Duration backoff(int failures) {
		Duration wait = retryInitial;
		for (int i = 1; i < failures && wait.compareTo(retryMax) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(retryMax) > 0 ? retryMax : wait;
	}

}
