package jp.procurementdesk.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content as files under {@code desk.documents.directory}, named by document id only (never
 * by anything the client sent), in a folder per first two characters. Written to a temporary
 * file first and moved into place, so that a file is either complete or absent.
 */
class FilesystemStorage implements DocumentStorage {

	static final String NAME = "filesystem";

	private static final Logger log = LoggerFactory.getLogger(FilesystemStorage.class);

	private final Path root;

	FilesystemStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void write(UUID documentId, InputStream content) throws IOException {
		Path target = pathOf(documentId);
		Files.createDirectories(target.getParent());
		Path partial = Files.createTempFile(target.getParent(), documentId.toString(), ".part");
		try {
			Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public void copyTo(UUID documentId, OutputStream out) throws IOException {
		Files.copy(pathOf(documentId), out);
	}

	@Override
	public void discard(UUID documentId) {
		try {
			Files.deleteIfExists(pathOf(documentId));
		}
		catch (IOException failed) {
			log.warn("Could not remove the content of the failed upload {}", documentId, failed);
		}
	}

	Path pathOf(UUID documentId) {
		String id = documentId.toString();
		Path path = root.resolve(id.substring(0, 2)).resolve(id).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalStateException("Document path outside the storage directory");
		}
		return path;
	}

}
