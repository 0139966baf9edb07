package jp.procurementdesk.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-app notifications (table {@code desk.notification}). */
@Repository
class NotificationStore {

	private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	NotificationStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void add(StoredNotification notification) {
		jdbc.sql("""
				insert into desk.notification (id, recipient, case_id, kind, parameters, created_at)
				values (:id, :recipient, :caseId, :kind, cast(:parameters as jsonb), :created)""")
			.param("id", notification.id())
			.param("recipient", notification.recipient())
			.param("caseId", notification.caseId())
			.param("kind", notification.kind())
			.param("parameters", toJson(notification.parameters()))
			.param("created", Timestamp.from(notification.created()))
			.update();
	}

	List<StoredNotification> list(String recipient, boolean unreadOnly, int page, int size) {
		return jdbc.sql("""
				select id, recipient, case_id, kind, parameters::text as parameters, created_at, read_at
				from desk.notification
				where recipient = :recipient and (:all or read_at is null)
				order by created_at desc, id desc
				limit :size offset :offset""")
			.param("recipient", recipient)
			.param("all", !unreadOnly)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(this::row)
			.list();
	}

	long count(String recipient, boolean unreadOnly) {
		return jdbc.sql("select count(*) from desk.notification where recipient = :recipient and (:all or read_at is null)")
			.param("recipient", recipient)
			.param("all", !unreadOnly)
			.query(Long.class)
			.single();
	}

	/** False when the recipient has no such notification. Reading twice keeps the first time. */
	boolean markRead(UUID id, String recipient, Instant now) {
		return jdbc.sql("""
				update desk.notification set read_at = coalesce(read_at, :now)
				where id = :id and recipient = :recipient""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("recipient", recipient)
			.update() == 1;
	}

	int markAllRead(String recipient, Instant now) {
		return jdbc.sql("update desk.notification set read_at = :now where recipient = :recipient and read_at is null")
			.param("now", Timestamp.from(now))
			.param("recipient", recipient)
			.update();
	}

	private StoredNotification row(ResultSet rs, int index) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new StoredNotification(rs.getObject("id", UUID.class), rs.getString("recipient"),
				rs.getObject("case_id", UUID.class), rs.getString("kind"), fromJson(rs.getString("parameters")),
				rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
	}

	private String toJson(Map<String, String> parameters) {
		try {
			return json.writeValueAsString(parameters);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private Map<String, String> fromJson(String parameters) {
		try {
			return parameters == null ? Map.of() : json.readValue(parameters, PARAMETERS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record StoredNotification(UUID id, String recipient, UUID caseId, String kind, Map<String, String> parameters,
			Instant created, Instant readAt) {
	}

}
