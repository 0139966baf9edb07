package jp.procurementdesk.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseUpdates;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.TimelineType;
import jp.procurementdesk.documents.DocumentType;
import jp.procurementdesk.documents.DocumentView;
import jp.procurementdesk.documents.Documents;
import jp.procurementdesk.documents.internal.DocumentRows.Stored;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ContentRefusedException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upload, list and download of case documents: the bytes stream between the client and the
 * storage ({@link MeasuredInput} counts and hashes them on the way), the rows are
 * {@link DocumentRows}.
 */
@Service
@Transactional
class DocumentService implements Documents {

	private final DocumentRows rows;

	private final Cases cases;

	private final CaseUpdates caseUpdates;

	private final Map<String, DocumentStorage> storages = new LinkedHashMap<>();

	private final DocumentStorage storage;

	private final DocumentProperties properties;

	private final Clock clock;

	DocumentService(DocumentRows rows, Cases cases, CaseUpdates caseUpdates, List<DocumentStorage> storages,
			DocumentProperties properties, Clock clock) {
		this.rows = rows;
		this.cases = cases;
		this.caseUpdates = caseUpdates;
		storages.forEach(each -> this.storages.put(each.name(), each));
		this.storage = this.storages.get(properties.storage());
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public DocumentView upload(UUID caseId, DocumentType type, String fileName, long declaredSize,
			ContentSource content, CurrentUser user) {
		CaseView supportCase = cases.find(caseId, user).orElseThrow(() -> new NotFoundException("Case"));
		if (type == null) {
			throw InvalidInputException.of("type", "required");
		}
		if (supportCase.status() == CaseStatus.CLOSED) {
			throw new ConflictException("The case is closed; its documents can no longer change.");
		}
		if (declaredSize > maxSize()) {
			throw tooLarge();
		}
		if (declaredSize == 0) {
			throw InvalidInputException.of("file", "empty-file");
		}
		String name = FileNames.sanitise(fileName);
		String contentType;
		try (InputStream head = content.open()) {
			contentType = ContentTypes.detect(head, name);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		UUID id = UUID.randomUUID();
		MeasuredInput measured;
		try (InputStream in = content.open()) {
			measured = new MeasuredInput(in, maxSize(), this::tooLarge);
			if (!ContentTypes.allowed(contentType) && !measured.isEmpty()) {
				throw new ContentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file", "file-type", contentType);
			}
			storage.write(id, measured);
		}
		catch (IOException failed) {
			storage.discard(id);
			throw new UncheckedIOException(failed);
		}
		catch (RuntimeException refused) {
			storage.discard(id);
			throw refused;
		}
		if (measured.count() == 0) {
			storage.discard(id);
			throw InvalidInputException.of("file", "empty-file");
		}
		// The case may have closed while the bytes came in: held now, so a withdrawal waits for
		// this upload, or this upload sees the case closed.
		cases.holdForChange(caseId);
		if (cases.find(caseId, user).map(CaseView::status).orElse(CaseStatus.CLOSED) == CaseStatus.CLOSED) {
			storage.discard(id);
			throw new ConflictException("The case is closed; its documents can no longer change.");
		}
		try {
			return save(id, supportCase, type, name, FileNames.original(fileName), contentType, measured, user);
		}
		catch (RuntimeException failed) {
			storage.discard(id);
			throw failed;
		}
	}

	private DocumentView save(UUID id, CaseView supportCase, DocumentType type, String name, String original,
			String contentType, MeasuredInput measured, CurrentUser user) {
		int version = rows.nextVersion(supportCase.id(), type, name);
		DocumentView document = new DocumentView(id, supportCase.id(), type, name, original, contentType,
				measured.count(), measured.sha256(), version, user.username(), OffsetDateTime.now(clock));
		rows.insert(document, storage.name());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("type", type.name());
		details.put("fileName", name);
		details.put("version", version);
		details.put("size", document.size());
		details.put("sha256", document.sha256());
		caseUpdates.record(supportCase.id(), user.username(), TimelineType.DOCUMENT_ADDED, details);
		return document;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<DocumentView> list(UUID caseId, int page, int size, CurrentUser user) {
		Paging.check(page, size);
		cases.find(caseId, user).orElseThrow(() -> new NotFoundException("Case"));
		long total = rows.count(caseId);
		return new Page<>(rows.page(caseId, page, size), page, size, total);
	}

	@Override
	public Download download(UUID documentId, CurrentUser user) {
		Stored stored = rows.find(documentId)
			.filter(found -> cases.find(found.view().caseId(), user).isPresent())
			.orElseThrow(() -> new NotFoundException("Document"));
		DocumentView view = stored.view();
		caseUpdates.record(view.caseId(), user.username(), TimelineType.DOCUMENT_DOWNLOADED,
				Map.of("type", view.type().name(), "fileName", view.fileName(), "version", view.version()));
		DocumentStorage source = storages.get(stored.storage());
		if (source == null) {
			throw new IllegalStateException("Unknown document storage " + stored.storage());
		}
		return new Download() {

			@Override
			public DocumentView document() {
				return view;
			}

			@Override
			public void writeTo(OutputStream out) throws IOException {
				source.copyTo(view.id(), out);
			}

		};
	}

	@Override
	public long maxSize() {
		return properties.maxSize().toBytes();
	}

	private ContentRefusedException tooLarge() {
		return new ContentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "file", "file-too-large",
				Documents.sizeText(maxSize()));
	}

}
