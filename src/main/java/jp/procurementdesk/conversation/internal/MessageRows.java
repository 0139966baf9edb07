package jp.procurementdesk.conversation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.procurementdesk.conversation.MessageView;
import jp.procurementdesk.identity.DeskRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages of the cases (table {@code desk.case_message}) and how far each user has read them. */
@Repository
class MessageRows {

	private final JdbcClient jdbc;

	MessageRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID caseId, MessageView message) {
		jdbc.sql("""
				insert into desk.case_message (id, case_id, author, author_name, author_role, body, internal, document_ids, posted_at)
				values (:id, :caseId, :author, :authorName, :role, :body, :internal, cast(:documents as uuid[]), :postedAt)""")
			.param("id", message.id())
			.param("caseId", caseId)
			.param("author", message.author())
			.param("authorName", message.authorName())
			.param("role", message.authorRole().name())
			.param("body", message.body())
			.param("internal", message.internal())
			.param("documents", message.documentIds().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
			.param("postedAt", Timestamp.from(message.postedAt().toInstant()))
			.update();
	}

	/** Oldest first; internal notes only when asked for. */
	List<MessageView> list(UUID caseId, boolean withInternal) {
		return jdbc.sql("""
				select id, author, author_name, author_role, body, internal, document_ids, posted_at
				from desk.case_message where case_id = :caseId and (:withInternal or not internal)
				order by seq""")
			.param("caseId", caseId)
			.param("withInternal", withInternal)
			.query(MessageRows::view)
			.list();
	}

	/** The messages the user has read: those up to their last read one. */
	List<UUID> readBy(UUID caseId, String username) {
		return jdbc.sql("""
				select m.id from desk.case_message m
				join desk.case_message_read r on r.case_id = m.case_id and r.username = :username
				where m.case_id = :caseId and m.seq <= r.last_read_seq""")
			.param("caseId", caseId)
			.param("username", username)
			.query(UUID.class)
			.list();
	}

	/** Everything visible to the user up to now counts as read. */
	void markRead(UUID caseId, String username, boolean withInternal, OffsetDateTime now) {
		jdbc.sql("""
				insert into desk.case_message_read (case_id, username, last_read_seq, read_at)
				select :caseId, :username, max(seq), :now from desk.case_message
				where case_id = :caseId and (:withInternal or not internal)
				having max(seq) is not null
				on conflict (case_id, username) do update
				set last_read_seq = greatest(case_message_read.last_read_seq, excluded.last_read_seq), read_at = excluded.read_at""")
			.param("caseId", caseId)
			.param("username", username)
			.param("withInternal", withInternal)
			.param("now", Timestamp.from(now.toInstant()))
			.update();
	}

	/** Per case: the messages of others after the last one the user read. */
	Map<UUID, Integer> unread(Collection<UUID> caseIds, String username, boolean withInternal) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (caseIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select m.case_id, count(*) as unread from desk.case_message m
				left join desk.case_message_read r on r.case_id = m.case_id and r.username = :username
				where m.case_id in (:caseIds) and m.author <> :username and (:withInternal or not m.internal)
				and m.seq > coalesce(r.last_read_seq, 0)
				group by m.case_id""")
			.param("caseIds", List.copyOf(caseIds))
			.param("username", username)
			.param("withInternal", withInternal)
			.query((rs, row) -> counts.put(rs.getObject("case_id", UUID.class), rs.getInt("unread")))
			.list();
		return counts;
	}

	private static MessageView view(ResultSet rs, int row) throws SQLException {
		return new MessageView(rs.getObject("id", UUID.class), rs.getString("author"), rs.getString("author_name"),
				DeskRole.valueOf(rs.getString("author_role")), rs.getString("body"), rs.getBoolean("internal"),
				uuids(rs.getArray("document_ids")), rs.getObject("posted_at", OffsetDateTime.class));
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				ids.add(value instanceof UUID id ? id : UUID.fromString(value.toString()));
			}
		}
		return List.copyOf(ids);
	}

}
