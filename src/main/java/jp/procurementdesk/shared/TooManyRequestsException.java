package jp.procurementdesk.shared;

import java.time.Duration;

/**
 * 429: the client has used up its allowance (such as the registrations per client address
 * and hour); answered with {@code Retry-After}.
 */
public class TooManyRequestsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyRequestsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	/** How long until the allowance has room again. */
	public Duration retryAfter() {
		return retryAfter;
	}

	/** {@link #retryAfter()} in whole seconds, at least one: the {@code Retry-After} header. */
	public long retryAfterSeconds() {
		long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}

}
