package jp.procurementdesk.identity.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jp.procurementdesk.identity.CompanyDirectory;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After sign-in, before authorization, in both filter chains: a user the desk has disabled
 * is refused although their token or session is still valid (401; a page also ends the
 * session), and a company user of a suspended company may read but not write (403 on any
 * POST, PUT, PATCH, DELETE). One indexed lookup per signed-in request ({@code account_block}),
 * a second only for a company user's write (the company's status); nothing cached, so a
 * block refuses the very next request on every node.
 */
class AccountGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AccountGuard.class);

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	enum Decision {

		ALLOW, DISABLED, SUSPENDED

	}

	private final AccountBlocks blocks;

	private final CompanyDirectory companies;

	private final ProblemResponses problems;

	private final boolean api;

	/** @param api the API chain (problem details) rather than the pages' (error page, session ended) */
	AccountGuard(AccountBlocks blocks, CompanyDirectory companies, ProblemResponses problems, boolean api) {
		this.blocks = blocks;
		this.companies = companies;
		this.problems = problems;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof ClaimAccessor claims)) {
			chain.doFilter(request, response);
			return;
		}
		Decision decision;
		try {
			String companyId = companyOf(authentication, claims);
			decision = decide(blocks.reasonOf(authentication.getName()), isWrite(request), companyId != null,
					() -> companies.suspended(companyId));
		}
		catch (RuntimeException failure) {
			if (!Outages.isOutage(failure)) {
				throw failure;
			}
			unavailable(request, response, failure);
			return;
		}
		switch (decision) {
			case ALLOW -> chain.doFilter(request, response);
			case DISABLED -> disabled(request, response, authentication.getName());
			case SUSPENDED -> suspended(request, response);
		}
	}

	/**
	 * Disabled one by one: refused whatever the request. A suspension's user, or a company user
	 * of a company marked suspended: writes refused, reads allowed.
	 */
	static Decision decide(Optional<BlockReason> block, boolean write, boolean companyUser,
			BooleanSupplier companySuspended) {
		if (block.filter(BlockReason.DISABLED_BY_COMPANY::equals).isPresent()) {
			return Decision.DISABLED;
		}
		if (write && companyUser && (block.isPresent() || companySuspended.getAsBoolean())) {
			return Decision.SUSPENDED;
		}
		return Decision.ALLOW;
	}

	/** The company of a company user (role and claim), else null. */
	private static String companyOf(Authentication authentication, ClaimAccessor claims) {
		boolean companyUser = authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> DeskRole.COMPANY.authority().equals(authority.getAuthority()));
		return companyUser ? claims.getClaimAsString(KeycloakClaims.COMPANY_ID) : null;
	}

	/** A write of the API, or a form post of a page; signing out stays possible. */
	private boolean isWrite(HttpServletRequest request) {
		if (READS.contains(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return api ? path.startsWith("/api/") : !path.equals("/logout");
	}

	private void disabled(HttpServletRequest request, HttpServletResponse response, String username)
			throws IOException {
		log.info("401: {} is disabled ({} {})", username, request.getMethod(), request.getRequestURI());
		if (api) {
			problems.accountDisabled(response);
			return;
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		response.sendError(HttpStatus.UNAUTHORIZED.value());
	}

	private void suspended(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (api) {
			problems.companySuspended(response);
			return;
		}
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response, RuntimeException failure)
			throws IOException {
		log.warn("503: account check needs the database ({})", failure.toString());
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Outages.RETRY_AFTER_SECONDS));
		if (api) {
			problems.unavailable(response, Outages.Service.DATABASE);
			return;
		}
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
