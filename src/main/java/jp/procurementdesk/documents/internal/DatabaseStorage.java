package jp.procurementdesk.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Content in {@code desk.document_chunk}, 1 MB a row, written and read one chunk at a time:
 * at most one chunk of a document is in memory. Written in the upload's transaction, so that
 * content and metadata commit together.
 */
@Component
class DatabaseStorage implements DocumentStorage {

	static final String NAME = "database";

	static final int CHUNK_SIZE = 1024 * 1024;

	private final JdbcTemplate jdbc;

	DatabaseStorage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void write(UUID documentId, InputStream content) throws IOException {
		byte[] buffer = new byte[CHUNK_SIZE];
		int seq = 0;
		int read;
		while ((read = content.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
			int length = read;
			int position = seq++;
			jdbc.update("insert into desk.document_chunk (document_id, seq, data) values (?, ?, ?)", statement -> {
				statement.setObject(1, documentId);
				statement.setInt(2, position);
				statement.setBinaryStream(3, new ByteArrayInputStream(buffer, 0, length), length);
			});
		}
	}

	@Override
	public void copyTo(UUID documentId, OutputStream out) throws IOException {
		for (int seq = 0;; seq++) {
			byte[] chunk = jdbc.query("select data from desk.document_chunk where document_id = ? and seq = ?",
					rows -> rows.next() ? rows.getBytes(1) : null, documentId, seq);
			if (chunk == null) {
				return;
			}
			try {
				out.write(chunk);
			}
			catch (UncheckedIOException wrapped) {
				throw wrapped.getCause();
			}
		}
	}

	@Override
	public void discard(UUID documentId) {
		// Nothing to do: the chunks go with the rolled-back transaction.
	}

}
