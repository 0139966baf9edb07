package jp.procurementdesk.documents.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseUpdates;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.TimelineType;
import jp.procurementdesk.documents.DocumentType;
import jp.procurementdesk.documents.DocumentView;
import jp.procurementdesk.documents.Documents;
import jp.procurementdesk.documents.RequiredDocuments;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ContentRefusedException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.Paging;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Upload, list and download of case documents, and the checklists of preparation tasks. */
@Service
@Transactional
class DocumentService implements Documents, RequiredDocuments {

	private static final String COLUMNS = "id, case_id, type, file_name, original_name, content_type, size, sha256, "
			+ "version, uploaded_by, uploaded_at, storage";

	private final JdbcTemplate jdbc;

	private final Cases cases;

	private final CaseUpdates caseUpdates;

	private final Map<String, DocumentStorage> storages = new LinkedHashMap<>();

	private final DocumentStorage storage;

	private final DocumentProperties properties;

	private final TaskService engineTasks;

	private final RuntimeService runtime;

	private final Clock clock;

	DocumentService(JdbcTemplate jdbc, Cases cases, CaseUpdates caseUpdates, List<DocumentStorage> storages,
			DocumentProperties properties, TaskService engineTasks, RuntimeService runtime, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.caseUpdates = caseUpdates;
		storages.forEach(each -> this.storages.put(each.name(), each));
		this.storage = this.storages.get(properties.storage());
		this.properties = properties;
		this.engineTasks = engineTasks;
		this.runtime = runtime;
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
		Measured measured;
		try (InputStream in = content.open()) {
			measured = new Measured(in, maxSize());
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
			String contentType, Measured measured, CurrentUser user) {
		// One upload at a time per case, type and name: versions are numbered without gaps or doubles.
		jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended(?, 0)) is not null", Boolean.class,
				supportCase.id() + "/" + type + "/" + name);
		Integer last = jdbc.queryForObject(
				"select max(version) from desk.document where case_id = ? and type = ? and file_name = ?", Integer.class,
				supportCase.id(), type.name(), name);
		int version = last == null ? 1 : last + 1;
		OffsetDateTime now = OffsetDateTime.now(clock);
		String sha256 = measured.sha256();
		jdbc.update("insert into desk.document (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
				supportCase.id(), type.name(), name, original, contentType, measured.count(), sha256, version,
				user.username(), now, storage.name());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("type", type.name());
		details.put("fileName", name);
		details.put("version", version);
		details.put("size", measured.count());
		details.put("sha256", sha256);
		caseUpdates.record(supportCase.id(), user.username(), TimelineType.DOCUMENT_ADDED, details);
		return new DocumentView(id, supportCase.id(), type, name, original, contentType, measured.count(), sha256,
				version, user.username(), now);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<DocumentView> list(UUID caseId, int page, int size, CurrentUser user) {
		Paging.check(page, size);
		cases.find(caseId, user).orElseThrow(() -> new NotFoundException("Case"));
		long total = jdbc.queryForObject("select count(*) from desk.document where case_id = ?", Long.class, caseId);
		List<DocumentView> items = jdbc.query("select " + COLUMNS + " from desk.document where case_id = ? "
				+ "order by uploaded_at desc, version desc, id limit ? offset ?", VIEW, caseId, size, (long) page * size);
		return new Page<>(items, page, size, total);
	}

	@Override
	public Download download(UUID documentId, CurrentUser user) {
		Stored stored = jdbc.query("select " + COLUMNS + " from desk.document where id = ?",
				rows -> rows.next() ? new Stored(VIEW.mapRow(rows, 0), rows.getString("storage")) : null, documentId);
		if (stored == null || cases.find(stored.view().caseId(), user).isEmpty()) {
			throw new NotFoundException("Document");
		}
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

	@Override
	@Transactional(readOnly = true)
	public List<DocumentType> missing(UUID caseId, String taskKey, String stream) {
		Set<DocumentType> present = present(caseId);
		return RequiredDocuments.required(taskKey, stream).stream().filter(type -> !present.contains(type)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Checklist> openChecklists(UUID caseId) {
		List<Task> open = engineTasks.createTaskQuery()
			.processInstanceBusinessKey(caseId.toString())
			.taskDefinitionKeyIn(RequiredDocuments.TASK_KEYS.toArray(String[]::new))
			.orderByTaskCreateTime()
			.asc()
			.list();
		if (open.isEmpty()) {
			return List.of();
		}
		Set<DocumentType> present = present(caseId);
		List<Checklist> checklists = new ArrayList<>();
		for (Task task : open) {
			Object stream = runtime.getVariable(task.getProcessInstanceId(), Variables.STREAM);
			List<Item> items = RequiredDocuments
				.required(task.getTaskDefinitionKey(), stream == null ? null : stream.toString())
				.stream()
				.map(type -> new Item(type, present.contains(type)))
				.toList();
			checklists.add(new Checklist(task.getId(), task.getTaskDefinitionKey(), items));
		}
		return checklists;
	}

	private Set<DocumentType> present(UUID caseId) {
		Set<DocumentType> present = EnumSet.noneOf(DocumentType.class);
		jdbc.queryForList("select distinct type from desk.document where case_id = ?", String.class, caseId)
			.forEach(type -> present.add(DocumentType.valueOf(type)));
		return present;
	}

	private ContentRefusedException tooLarge() {
		return new ContentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "file", "file-too-large",
				Documents.sizeText(maxSize()));
	}

	private static final RowMapper<DocumentView> VIEW = DocumentService::view;

	private static DocumentView view(ResultSet row, int index) throws SQLException {
		return new DocumentView(row.getObject("id", UUID.class), row.getObject("case_id", UUID.class),
				DocumentType.valueOf(row.getString("type")), row.getString("file_name"), row.getString("original_name"),
				row.getString("content_type"), row.getLong("size"), row.getString("sha256"), row.getInt("version"),
				row.getString("uploaded_by"), row.getObject("uploaded_at", OffsetDateTime.class));
	}

	private record Stored(DocumentView view, String storage) {
	}

	/**
	 * Counts and hashes what passes through, and refuses to pass more than the limit (a client
	 * may announce less than it sends).
	 */
	private final class Measured extends FilterInputStream {

		private final MessageDigest digest;

		private final long limit;

		private long count;

		private Boolean empty;

		Measured(InputStream in, long limit) {
			super(null);
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException impossible) {
				throw new IllegalStateException(impossible);
			}
			this.in = new java.io.BufferedInputStream(in);
			this.limit = limit;
		}

		boolean isEmpty() throws IOException {
			if (empty == null) {
				in.mark(1);
				empty = in.read() < 0;
				in.reset();
			}
			return empty;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				digest.update((byte) b);
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = in.read(buffer, offset, length);
			if (read > 0) {
				digest.update(buffer, offset, read);
				counted(read);
			}
			return read;
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		private void counted(int bytes) {
			count += bytes;
			if (count > limit) {
				throw tooLarge();
			}
		}

		long count() {
			return count;
		}

		String sha256() {
			return HexFormat.of().formatHex(digest.digest());
		}

	}

}
