package jp.procurementdesk.shared;

/** 409: the resource changed meanwhile (completed, claimed, closed by someone else). */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
