package jp.procurementdesk.shared;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Uploaded content the desk refuses: too large (413) or of a type not allowed (415). A kind of
 * bad input, so that forms show it next to the field like any other; the API answers with the
 * status given here.
 */
public class ContentRefusedException extends InvalidInputException {

	private final HttpStatus status;

	public ContentRefusedException(HttpStatus status, String field, String code, Object... arguments) {
		super(Map.of(field, new Problem(code, arguments)));
		this.status = status;
	}

	public HttpStatus status() {
		return status;
	}

}
