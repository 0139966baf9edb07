package jp.procurementdesk.documents;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A document version as the API shows it.
 *
 * @param fileName the sanitised name (no path, no control characters), used for downloads
 * @param originalFileName the name the uploader's client sent, for display only
 * @param contentType detected from the bytes, never taken from the client
 * @param sha256 hex of the SHA-256 of the content
 */
public record DocumentView(UUID id, UUID caseId, DocumentType type, String fileName, String originalFileName,
		String contentType, long size, String sha256, int version, String uploadedBy, OffsetDateTime uploadedAt) {

}
