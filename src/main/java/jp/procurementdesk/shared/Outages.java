package jp.procurementdesk.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells an outage of a service the desk depends on (its database, Keycloak) from a bug: the
 * first is answered 503 with {@code Retry-After} (the API as problem details, the pages with
 * a friendly page), the second stays a 500. Failures arrive wrapped in many ways (Spring's
 * translation, Hibernate, Camunda's {@code ProcessEngineException} over MyBatis over the
 * driver), so the whole cause chain is examined.
 */
public final class Outages {

	/** What clients are told to wait ({@code Retry-After}, seconds): about a reconnect. */
	public static final int RETRY_AFTER_SECONDS = 5;

	/**
	 * Request attribute set (to {@code true}) when a browser sign-in cannot start because
	 * Keycloak is away; the error page then says so.
	 */
	public static final String SIGN_IN_UNAVAILABLE = Outages.class.getName() + ".signInUnavailable";

	private Outages() {
	}

	/** The service that is away, if the failure is an outage. */
	public static Optional<Service> of(Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException) {
				return Optional.of(Service.IDENTITY);
			}
			if (isLostDatabase(cause)) {
				return Optional.of(Service.DATABASE);
			}
			// A rollback that failed (on a cut connection) carries the exception that caused it.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& rollback.getApplicationException() != failure) {
				Optional<Service> original = of(rollback.getApplicationException());
				if (original.isPresent()) {
					return original;
				}
			}
		}
		return Optional.empty();
	}

	public static boolean isOutage(Throwable failure) {
		return of(failure).isPresent();
	}

	private static boolean isLostDatabase(Throwable cause) {
		if (cause instanceof ConcurrencyFailureException) {
			return false; // someone else was first (409), the database is fine
		}
		if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
				|| cause instanceof RecoverableDataAccessException || cause instanceof CannotCreateTransactionException
				|| cause instanceof JDBCConnectionException) {
			return true;
		}
		if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
				|| cause instanceof SQLRecoverableException) {
			return true;
		}
		return cause instanceof SQLException sql && isConnectionState(sql.getSQLState());
	}

	/**
	 * SQLState class 08 (connection exception) and PostgreSQL's 57P01-57P03 (the server is
	 * shutting down, crashed, or not accepting connections yet).
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

	public enum Service {

		DATABASE, IDENTITY

	}

}
