package jp.procurementdesk.shared;

/** 403: the caller sees the resource but their role does not allow this action on it. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
