package jp.procurementdesk.reliability;

import java.util.List;
import java.util.Map;

import jp.procurementdesk.reliability.Junk.Caller;
import jp.procurementdesk.reliability.Junk.IdKind;
import jp.procurementdesk.reliability.Junk.Part;

/**
 * One generated request, described independently of the run's data: the endpoint by its
 * index in the application's sorted list, ids by kind (resolved against the fixture when
 * sent), so that a seed reproduces the same requests in every run.
 */
record FuzzRequest(Target target, Payload payload) {

	/** Where the request goes, and as whom. */
	record Target(int endpoint, String otherMethod, Caller caller, IdKind idKind, String junkId) {
	}

	/** What it carries. {@code contentType} null: the one that fits the body. */
	record Payload(BodyKind bodyKind, Object json, String raw, List<Part> parts, String contentType,
			Map<String, String> headers, List<Map.Entry<String, String>> query, boolean csrf) {
	}

	enum BodyKind {

		/** What the endpoint expects: JSON for the API, a form for pages, multipart for uploads, none for GET. */
		NATURAL, JSON, RAW, MULTIPART, FORM, NONE

	}

}
