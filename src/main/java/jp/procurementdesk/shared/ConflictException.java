package jp.procurementdesk.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** 409: the resource changed meanwhile (completed, claimed, closed by someone else). */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

	/** What a client reads when a write crossed another one (an optimistic lock, a deadlock). */
	public static final String CONCURRENT_CHANGE = "Someone else changed this at the same time; reload and try again.";

	public ConflictException(String message) {
		super(message);
	}

	public ConflictException(String message, Throwable cause) {
		super(message, cause);
	}

	/** Someone else changed the same case or task first. */
	public static ConflictException concurrentChange(Throwable cause) {
		return new ConflictException(CONCURRENT_CHANGE, cause);
	}

}
