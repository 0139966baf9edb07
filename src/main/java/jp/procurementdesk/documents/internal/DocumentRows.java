package jp.procurementdesk.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.documents.DocumentTotals;
import jp.procurementdesk.documents.DocumentType;
import jp.procurementdesk.documents.DocumentView;
import jp.procurementdesk.documents.DocumentsOfCase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The rows of {@code desk.document}: one per stored version, never updated or deleted. */
@Component
class DocumentRows implements DocumentTotals, DocumentsOfCase {

	private static final String COLUMNS = "id, case_id, type, file_name, original_name, content_type, size, sha256, "
			+ "version, uploaded_by, uploaded_at, storage";

	private static final RowMapper<DocumentView> VIEW = DocumentRows::view;

	private final JdbcTemplate jdbc;

	DocumentRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next version of the case's document with this type and name. Holds the name until
	 * the transaction ends: one upload at a time per case, type and name, so that versions are
	 * numbered without gaps or doubles.
	 */
	int nextVersion(UUID caseId, DocumentType type, String name) {
		jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended(?, 0)) is not null", Boolean.class,
				caseId + "/" + type + "/" + name);
		Integer last = jdbc.queryForObject(
				"select max(version) from desk.document where case_id = ? and type = ? and file_name = ?", Integer.class,
				caseId, type.name(), name);
		return last == null ? 1 : last + 1;
	}

	void insert(DocumentView document, String storage) {
		jdbc.update("insert into desk.document (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				document.id(), document.caseId(), document.type().name(), document.fileName(),
				document.originalFileName(), document.contentType(), document.size(), document.sha256(),
				document.version(), document.uploadedBy(), document.uploadedAt(), storage);
	}

	long count(UUID caseId) {
		return jdbc.queryForObject("select count(*) from desk.document where case_id = ?", Long.class, caseId);
	}

	/** A page of the case's documents, newest first. */
	List<DocumentView> page(UUID caseId, int page, int size) {
		return jdbc.query("select " + COLUMNS + " from desk.document where case_id = ? "
				+ "order by uploaded_at desc, version desc, id limit ? offset ?", VIEW, caseId, size, (long) page * size);
	}

	Optional<Stored> find(UUID documentId) {
		return Optional.ofNullable(jdbc.query("select " + COLUMNS + " from desk.document where id = ?",
				rows -> rows.next() ? new Stored(VIEW.mapRow(rows, 0), rows.getString("storage")) : null, documentId));
	}

	/** The types of which the case has at least one document. */
	Set<DocumentType> present(UUID caseId) {
		Set<DocumentType> present = EnumSet.noneOf(DocumentType.class);
		jdbc.queryForList("select distinct type from desk.document where case_id = ?", String.class, caseId)
			.forEach(type -> present.add(DocumentType.valueOf(type)));
		return present;
	}

	@Override
	public List<DocumentView> among(UUID caseId, Collection<UUID> documentIds) {
		if (documentIds.isEmpty()) {
			return List.of();
		}
		List<Object> arguments = new java.util.ArrayList<>();
		arguments.add(caseId);
		arguments.addAll(documentIds);
		return jdbc.query("select " + COLUMNS + " from desk.document where case_id = ? and id in ("
				+ String.join(", ", java.util.Collections.nCopies(documentIds.size(), "?")) + ")", VIEW, arguments.toArray());
	}

	@Override
	public Totals totals() {
		return jdbc.queryForObject("select count(*), coalesce(sum(size), 0) from desk.document",
				(row, index) -> new Totals(row.getLong(1), row.getLong(2)));
	}

	private static DocumentView view(ResultSet row, int index) throws SQLException {
		return new DocumentView(row.getObject("id", UUID.class), row.getObject("case_id", UUID.class),
				DocumentType.valueOf(row.getString("type")), row.getString("file_name"), row.getString("original_name"),
				row.getString("content_type"), row.getLong("size"), row.getString("sha256"), row.getInt("version"),
				row.getString("uploaded_by"), row.getObject("uploaded_at", OffsetDateTime.class));
	}

	/** A document and the storage that holds its bytes. */
	record Stored(DocumentView view, String storage) {
	}

}
