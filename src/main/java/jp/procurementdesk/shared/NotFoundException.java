package jp.procurementdesk.shared;

/** 404: the resource does not exist, or the caller may not know that it does. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
