package jp.procurementdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Plain JDBC reads of what a fault test left in its database (no application context there). */
public final class SqlRows {

	private final String jdbcUrl;

	public SqlRows(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	/** The first column of every row, as text. */
	public List<String> column(String sql) {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
				Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	public Set<String> set(String sql) {
		return new HashSet<>(column(sql));
	}

	public long number(String sql) {
		return Long.parseLong(column(sql).get(0));
	}

}
