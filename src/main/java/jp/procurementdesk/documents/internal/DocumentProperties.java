package jp.procurementdesk.documents.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code desk.documents.*}: the size limit, where the bytes go ({@code database}: chunks in
 * PostgreSQL; {@code filesystem}: files under {@code directory}). Metadata is always in
 * PostgreSQL. Documents written with one storage stay readable after switching to the other.
 */
@ConfigurationProperties("desk.documents")
record DocumentProperties(DataSize maxSize, String storage, Path directory) {

	DocumentProperties {
		storage = storage == null ? null : storage.strip();
		if (!DatabaseStorage.NAME.equals(storage) && !FilesystemStorage.NAME.equals(storage)) {
			throw new IllegalArgumentException("desk.documents.storage must be database or filesystem, not " + storage);
		}
		if (maxSize == null || maxSize.toBytes() <= 0) {
			throw new IllegalArgumentException("desk.documents.max-size must be positive");
		}
	}

}
