package jp.procurementdesk.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company users the desk has disabled (table {@code account_block}), read on every
 * request by the account guard: one primary-key lookup, no cache, so that a block written on
 * one node refuses the user's next request on every node. Writes commit at once, in a
 * transaction of their own: the table must say what was done in Keycloak even when the
 * caller's transaction rolls back, so that a retry (or a reactivation) finds it.
 */
@Component
class AccountBlocks {

	/** Who blocked, when no user is signed in (a process step, the job executor). */
	static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountBlocks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<BlockReason> reasonOf(String username) {
		if (username == null) {
			return Optional.empty();
		}
		return jdbc.sql("select reason from desk.account_block where username = :username")
			.param("username", username.toLowerCase(Locale.ROOT))
			.query(String.class)
			.optional()
			.map(BlockReason::valueOf);
	}

	/** Usernames of the company's blocked users, whatever the reason. */
	@Transactional(readOnly = true)
	Set<String> blockedIn(String companyId) {
		return Set.copyOf(jdbc.sql("select username from desk.account_block where company_id = :company")
			.param("company", companyId)
			.query(String.class)
			.list());
	}

	/** Usernames a suspension of the company blocked. */
	@Transactional(readOnly = true)
	List<String> suspendedIn(String companyId) {
		return jdbc.sql("select username from desk.account_block where company_id = :company and reason = :reason "
				+ "order by username")
			.param("company", companyId)
			.param("reason", BlockReason.COMPANY_SUSPENDED.name())
			.query(String.class)
			.list();
	}

	/** Blocked one by one: replaces a suspension's block (reactivation will not lift it). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void disabledByCompany(String username, String companyId) {
		jdbc.sql("""
				insert into desk.account_block (username, company_id, reason, blocked_at, blocked_by)
				values (:username, :company, :reason, :at, :by)
				on conflict (username) do update set company_id = excluded.company_id, reason = excluded.reason,
				    blocked_at = excluded.blocked_at, blocked_by = excluded.blocked_by""")
			.params(row(username, companyId, BlockReason.DISABLED_BY_COMPANY))
			.update();
	}

	/** Blocked by a suspension, unless already blocked one by one (that block stays). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void suspended(String username, String companyId) {
		jdbc.sql("""
				insert into desk.account_block (username, company_id, reason, blocked_at, blocked_by)
				values (:username, :company, :reason, :at, :by)
				on conflict (username) do nothing""")
			.params(row(username, companyId, BlockReason.COMPANY_SUSPENDED))
			.update();
	}

	/** Lifts the block, whatever its reason (the user was enabled again in Keycloak). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void lift(String username) {
		jdbc.sql("delete from desk.account_block where username = :username")
			.param("username", username.toLowerCase(Locale.ROOT))
			.update();
	}

	/** Lifts a suspension's block only; a block by the company-admin stays. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void liftSuspension(String username) {
		jdbc.sql("delete from desk.account_block where username = :username and reason = :reason")
			.param("username", username.toLowerCase(Locale.ROOT))
			.param("reason", BlockReason.COMPANY_SUSPENDED.name())
			.update();
	}

	private Map<String, Object> row(String username, String companyId, BlockReason reason) {
		return Map.of("username", username.toLowerCase(Locale.ROOT), "company", companyId, "reason",
				reason.name(), "at", OffsetDateTime.now(clock), "by", actor());
	}

	/** The signed-in user who causes the block (a company-admin, a supervisor), else {@link #SYSTEM}. */
	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
	}

}
