package jp.procurementdesk.calendar.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feed tokens of table {@code calendar_token}: 32 random bytes, URL-safe Base64 without
 * padding. A first call of two at once creates one token, not two (the insert yields to the
 * row the other wrote).
 */
@Component
class CalendarTokens {

	static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final int BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	CalendarTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	String tokenOf(String username) {
		jdbc.sql("insert into desk.calendar_token (username, token, created_at) values (:username, :token, :at) "
				+ "on conflict (username) do nothing")
			.param("username", username)
			.param("token", newToken())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return jdbc.sql("select token from desk.calendar_token where username = :username")
			.param("username", username)
			.query(String.class)
			.single();
	}

	@Transactional
	String rotate(String username) {
		String token = newToken();
		jdbc.sql("""
				insert into desk.calendar_token (username, token, created_at) values (:username, :token, :at)
				on conflict (username) do update set token = excluded.token, created_at = excluded.created_at""")
			.param("username", username)
			.param("token", token)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return token;
	}

	/** The username of a token; empty for anything that is not a current token. */
	@Transactional(readOnly = true)
	Optional<String> usernameOf(String token) {
		if (token == null || !FORMAT.matcher(token).matches()) {
			return Optional.empty();
		}
		return jdbc.sql("select username from desk.calendar_token where token = :token")
			.param("token", token)
			.query(String.class)
			.optional();
	}

	private String newToken() {
		byte[] bytes = new byte[BYTES];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
