package jp.procurementdesk.documents;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The one way documents are sent, for the API and the web pages alike. */
public final class DocumentDownloads {

	private DocumentDownloads() {
	}

	/**
	 * The document's bytes, streamed: {@code Content-Disposition: attachment} with the
	 * sanitised name (RFC 6266; non-ASCII names as RFC 5987 {@code filename*} with an ASCII
	 * fallback), the detected type and the exact length.
	 */
	public static ResponseEntity<StreamingResponseBody> response(Documents.Download download) {
		DocumentView document = download.document();
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(document.fileName()));
		headers.setContentType(MediaType.parseMediaType(document.contentType()));
		headers.setContentLength(document.size());
		headers.setCacheControl("private, no-store");
		headers.set("X-Content-Type-Options", "nosniff");
		return ResponseEntity.ok().headers(headers).body(download::writeTo);
	}

	static String contentDisposition(String fileName) {
		boolean ascii = fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
		if (ascii) {
			return ContentDisposition.attachment().filename(fileName).build().toString();
		}
		String fallback = fileName.chars()
			.mapToObj(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? String.valueOf((char) c) : "_")
			.collect(Collectors.joining());
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(fileName);
	}

	/** RFC 5987 value-chars: attr-char as is, everything else percent-encoded UTF-8. */
	private static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return encoded.toString();
	}

}
