package jp.procurementdesk.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ContentRefusedException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.Page;

/**
 * The documents of a case. Whoever may see the case sees its documents (else 404); company
 * users upload to their own company's cases only (which are the only ones they see). Every
 * upload and download is recorded on the case timeline.
 */
public interface Documents {

	/**
	 * Stores a new version of the document with this type and (sanitised) file name. The
	 * content is read as a stream, never whole into memory.
	 *
	 * @param declaredSize the size the client announced, checked before reading (-1 if unknown)
	 * @throws ContentRefusedException 413 too large, 415 type not allowed
	 * @throws InvalidInputException empty file, missing type or name
	 */
	DocumentView upload(UUID caseId, DocumentType type, String fileName, long declaredSize, ContentSource content,
			CurrentUser user);

	/** The case's documents, newest first. */
	Page<DocumentView> list(UUID caseId, int page, int size, CurrentUser user);

	/** Checks the user may see the document and records the download; the content is read later. */
	Download download(UUID documentId, CurrentUser user);

	/** The largest document accepted, in bytes. */
	long maxSize();

	/** A size as people read it: 25 MB, 1.5 MB, 340 KB, 12 B. */
	static String sizeText(long bytes) {
		long kb = 1024;
		long mb = kb * kb;
		if (bytes >= mb) {
			return bytes % mb == 0 ? bytes / mb + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
		}
		if (bytes >= kb) {
			return bytes % kb == 0 ? bytes / kb + " KB" : String.format(Locale.ROOT, "%.1f KB", bytes / (double) kb);
		}
		return bytes + " B";
	}

	/** Opens the uploaded bytes; may be called more than once (to detect the type, then to store). */
	@FunctionalInterface
	interface ContentSource {

		InputStream open() throws IOException;

	}

	/** A document to send: its metadata and a way to stream its bytes. */
	interface Download {

		DocumentView document();

		void writeTo(OutputStream out) throws IOException;

	}

}
