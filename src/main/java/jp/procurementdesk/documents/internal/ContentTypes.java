package jp.procurementdesk.documents.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * The content type of a document, from its bytes (Apache Tika's magic numbers). The file name
 * only refines a type the bytes already show (a ZIP named .docx is a Word document; an
 * executable named .pdf stays an executable).
 */
final class ContentTypes {

	/** docs/contract.md, Documents: PDF, Office documents (old, OOXML, OpenDocument), plain text, CSV, PNG, JPEG, ZIP. */
	static final Set<String> ALLOWED = Set.of("application/pdf",
			// Office 97-2003 (OLE2 containers)
			"application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
			"application/x-tika-msoffice",
			// Office Open XML
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/x-tika-ooxml",
			// OpenDocument
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation",
			"text/plain", "text/csv", "image/png", "image/jpeg", "application/zip");

	private static final Tika TIKA = new Tika();

	private ContentTypes() {
	}

	/** The detected type without parameters, e.g. {@code application/pdf}. */
	static String detect(InputStream content, String fileName) throws IOException {
		try (InputStream buffered = new BufferedInputStream(content)) {
			String type = TIKA.detect(buffered, fileName);
			int parameters = type.indexOf(';');
			return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
		}
	}

	static boolean allowed(String contentType) {
		return ALLOWED.contains(contentType);
	}

}
