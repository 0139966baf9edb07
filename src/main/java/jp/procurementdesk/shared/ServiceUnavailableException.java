package jp.procurementdesk.shared;

/**
 * 503: a service the desk depends on (Keycloak's sign-in and user directory) cannot be
 * reached right now. Not a bug: the caller should try again shortly.
 */
public class ServiceUnavailableException extends RuntimeException {

	public ServiceUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
