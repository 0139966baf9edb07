package jp.procurementdesk.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/** Where the bytes of documents live; both ways stream, neither holds a whole document in memory. */
interface DocumentStorage {

	/** The value of {@code desk.documents.storage} that selects this storage, kept with each document. */
	String name();

	/** Stores the content under the document's id, reading the stream to its end. */
	void write(UUID documentId, InputStream content) throws IOException;

	/** Writes the stored content to {@code out}. */
	void copyTo(UUID documentId, OutputStream out) throws IOException;

	/** Removes content whose metadata could not be saved (a failed upload); never used for saved documents. */
	void discard(UUID documentId);

}
