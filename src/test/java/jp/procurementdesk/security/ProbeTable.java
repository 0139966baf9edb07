package jp.procurementdesk.security;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jp.procurementdesk.security.EndpointCalls.Endpoint;
import jp.procurementdesk.support.DemoUsers;

/**
 * Who tries which resource of acme-medical through which endpoints, and the status they must
 * get: one row per endpoint group x user x resource. An endpoint that no row and no entry of
 * {@link #OWN_DATA_ONLY} covers fails the matrix.
 */
final class ProbeTable {

	/** Endpoints that answer with the caller's own data only: covered by the list checks and the token attacks. */
	static final Set<String> OWN_DATA_ONLY = Set.of("/api/me", "/api/cases", "/api/tasks", "/api/notifications",
			"/api/notifications/read-all", "/api/calendar/link", "/api/calendar/link/rotate");

	/**
	 * Paths outside the API open without a session or token, each with the status a bad
	 * credential in the path gets: a calendar feed's token is its only credential
	 * (CalendarFeedIT tests the good ones).
	 */
	static final java.util.Map<String, Integer> PUBLIC_WEB = java.util.Map.of(
			"/calendar/" + "A".repeat(43) + ".ics", 404, "/calendar/not-a-token.ics", 404);

	/**
	 * Endpoints open without a token: a company's registration and its verification (they hold
	 * no one's data; RegistrationIT tests them). A bad token is refused there too (401).
	 */
	static final Set<Endpoint> PUBLIC = Set.of(new Endpoint("POST", "/api/registrations"),
			new Endpoint("POST", "/api/registrations/verify"));

	/** The resources a probe aims at, as the value of the pattern's {@code {id}}. */
	enum Target {

		COMPANY_CASE(fixture -> fixture.companyCase().toString()), ADVISOR_CASE(fixture -> fixture.advisorCase().toString()),
		COMPANY_TASK(MatrixFixture::companyTask), ADVISOR_TASK(MatrixFixture::advisorTask),
		TRIAGE_TASK(MatrixFixture::triageTask), COMPANY_DOCUMENT(fixture -> fixture.companyDocument().toString()),
		ADVISOR_DOCUMENT(fixture -> fixture.advisorDocument().toString()), ACME_NOTIFICATION(MatrixFixture::notification),
		UNKNOWN_ID(fixture -> UUID.randomUUID().toString()),
		/** A product of acme's register. */
		ACME_PRODUCT(fixture -> fixture.product().toString()),
		/** acme-medical itself (the supervisors' company endpoints). */
		ACME_COMPANY(fixture -> DemoUsers.ACME_COMPANY),
		/** A colleague at acme (the colleague endpoints). */
		ACME_COLLEAGUE(fixture -> ACME_SECOND),
		/** acme's company-admin. */
		ACME_ADMIN(fixture -> ACME),
		/** advisor.tanaka's consultation record on their case (ADVISOR_CASE). */
		ADVISOR_CONSULTATION(fixture -> fixture.consultation().toString()),
		/** A draft opportunity of the desk's: companies do not see it. */
		DRAFT_OPPORTUNITY(fixture -> fixture.draftOpportunity().toString()),
		/** A published event no one of the probing users registered for. */
		EVENT(fixture -> fixture.event().toString()),
		/** The pattern itself (it has no id). */
		ITSELF(fixture -> null),
		/** The pattern itself, for the fiscal year 2026. */
		FISCAL_YEAR_2026(fixture -> null);

		private final Function<MatrixFixture, String> id;

		Target(Function<MatrixFixture, String> id) {
			this.id = id;
		}

		String path(String pattern, MatrixFixture fixture) {
			return switch (this) {
				case ITSELF -> pattern;
				case FISCAL_YEAR_2026 -> pattern + "?fiscalYear=2026";
				case ADVISOR_CONSULTATION -> pattern.replace("{id}", fixture.advisorCase().toString())
					.replaceAll("\\{[^}]+\\}", id.apply(fixture));
				default -> pattern.replaceAll("\\{[^}]+\\}", id.apply(fixture));
			};
		}

	}

	/**
	 * One row: for the endpoints it matches (pattern, and method when {@code methods} is not
	 * empty), the user trying the target must get the status.
	 */
	record Row(String endpoints, Predicate<String> matches, Set<String> methods, String user, Target target,
			int expected) {

		Row(String endpoints, Predicate<String> matches, String user, Target target, int expected) {
			this(endpoints, matches, Set.of(), user, target, expected);
		}

		boolean matches(Endpoint endpoint) {
			return matches.test(endpoint.pattern()) && (methods.isEmpty() || methods.contains(endpoint.method()));
		}

	}

	/** One probe of the matrix: a row applied to one endpoint. */
	record Probe(Endpoint endpoint, String user, String path, int expected) {

		@Override
		public String toString() {
			return user + " " + endpoint.method() + " " + path + " -> " + expected;
		}

	}

	private static final Predicate<String> CASE = pattern -> pattern.startsWith("/api/cases/{id}");

	private static final Predicate<String> WITHDRAW = CASE.and(pattern -> pattern.endsWith("/withdraw"));

	private static final Predicate<String> MESSAGES = pattern -> pattern.equals("/api/cases/{id}/messages");
	private static final Predicate<String> CONSULTATIONS = CASE.and(pattern -> pattern.endsWith("/consultations"));

	private static final Predicate<String> CONSULTATION = CASE
		.and(pattern -> pattern.contains("/consultations/{"));

	/** An event's registrations, attendance and products shown (docs/opportunities.md, Events). */
	private static final Predicate<String> EVENT = pattern -> pattern.startsWith("/api/opportunities/{id}/registrations")
			|| pattern.equals("/api/opportunities/{id}/attendance");

	private static final Predicate<String> SUPERVISOR_ONLY = pattern -> pattern.equals("/api/dashboard")
			|| pattern.equals("/api/reports/cases.csv");

	private static final Predicate<String> NOTIFICATION = pattern -> pattern.startsWith("/api/notifications/{id}");

	private static final Predicate<String> TASK = pattern -> pattern.startsWith("/api/tasks/{id}");

	private static final Predicate<String> CLAIM_OR_ASSIGN = TASK
		.and(pattern -> pattern.endsWith("/claim") || pattern.endsWith("/assign"));

	private static final Predicate<String> ASSIGN = TASK.and(pattern -> pattern.endsWith("/assign"));

	private static final Predicate<String> COMPLETE = TASK.and(pattern -> pattern.endsWith("/complete"));

	private static final Predicate<String> DOCUMENT = pattern -> pattern.startsWith("/api/documents/{id}");

	/** Registrations are read by supervisors only (the public POSTs are in {@link #PUBLIC}). */
	private static final Predicate<String> REGISTRATIONS = pattern -> pattern.equals("/api/registrations")
			|| pattern.startsWith("/api/registrations/{id}");
	private static final Predicate<String> OWN_COMPANY_LISTS = pattern -> pattern.equals("/api/company")
			|| pattern.equals("/api/company/users") || pattern.equals("/api/company/products");

	private static final Predicate<String> COLLEAGUE = pattern -> pattern.startsWith("/api/company/users/{username}");

	private static final Predicate<String> PRODUCT = pattern -> pattern.startsWith("/api/company/products/{id}");

	/** Every company, for supervisors. */
	private static final Predicate<String> COMPANIES = pattern -> pattern.equals("/api/companies")
			|| pattern.startsWith("/api/companies/");

	private static final Predicate<String> COMPANY = pattern -> pattern.startsWith("/api/companies/{id}");

	private static final Predicate<String> OPPORTUNITIES = pattern -> pattern.equals("/api/opportunities");

	private static final Predicate<String> OPPORTUNITY = pattern -> pattern.equals("/api/opportunities/{id}");

	/** What only the desk does with an opportunity (the other /api/opportunities/{id}/... endpoints have rows of their own). */
	private static final Predicate<String> OPPORTUNITY_DESK = pattern -> pattern.equals("/api/opportunities/{id}/publish")
			|| pattern.equals("/api/opportunities/{id}/history");
	/** A case from a published notice (company users); an unknown notice is 404 to everyone, the desk's 403 below it. */
	private static final Predicate<String> CASE_FROM_OPPORTUNITY = pattern -> pattern
		.equals("/api/opportunities/{id}/cases");

	static final List<Row> ROWS = List.of(
			// Opportunities: companies read the published ones, never a draft, and write none.
			new Row("GET /api/opportunities", OPPORTUNITIES, Set.of("GET"), ACME, Target.ITSELF, 200),
			new Row("POST /api/opportunities", OPPORTUNITIES, Set.of("POST"), ACME, Target.ITSELF, 403),
			new Row("POST /api/opportunities", OPPORTUNITIES, Set.of("POST"), SAKURA, Target.ITSELF, 403),
			new Row("GET /api/opportunities/{id}", OPPORTUNITY, Set.of("GET"), SAKURA, Target.DRAFT_OPPORTUNITY, 404),
			new Row("GET /api/opportunities/{id}", OPPORTUNITY, Set.of("GET"), ACME_SECOND, Target.DRAFT_OPPORTUNITY, 404),
			new Row("PUT /api/opportunities/{id}", OPPORTUNITY, Set.of("PUT"), SAKURA, Target.DRAFT_OPPORTUNITY, 403),
			new Row("PUT /api/opportunities/{id}", OPPORTUNITY, Set.of("PUT"), ACME, Target.DRAFT_OPPORTUNITY, 403),
			new Row("/api/opportunities/{id}", OPPORTUNITY, ADVISOR, Target.UNKNOWN_ID, 404),
			new Row("POST /api/opportunities/{id}/publish", OPPORTUNITY_DESK, Set.of("POST"), ACME, Target.DRAFT_OPPORTUNITY, 403),
			new Row("GET /api/opportunities/{id}/history", OPPORTUNITY_DESK, Set.of("GET"), SAKURA, Target.DRAFT_OPPORTUNITY, 404),
			new Row("/api/opportunities/{id}/publish, /history", OPPORTUNITY_DESK, SUPERVISOR, Target.UNKNOWN_ID, 404),
			// A case of acme's: other companies and advisors not assigned see nothing; its advisor cannot withdraw it.
			new Row("/api/cases/{id}**", CASE, SAKURA, Target.COMPANY_CASE, 404),
			new Row("/api/cases/{id}**", CASE, SAKURA, Target.ADVISOR_CASE, 404),
			new Row("/api/cases/{id}**", CASE, OTHER_ADVISOR, Target.ADVISOR_CASE, 404),
			new Row("/api/cases/{id}**", CASE, ADVISOR, Target.COMPANY_CASE, 404),
			new Row("/api/cases/{id}/withdraw", WITHDRAW, ADVISOR, Target.ADVISOR_CASE, 403),
			// An internal note is the desk's: a company user posting one on its own case gets 400.
			new Row("POST /api/cases/{id}/messages", MESSAGES, Set.of("POST"), ACME, Target.COMPANY_CASE, 400),
			new Row("POST /api/cases/{id}/messages", MESSAGES, Set.of("POST"), ACME_SECOND, Target.ADVISOR_CASE, 400),
			// Consultation records: the company reads them but records none; only its author corrects one.
			new Row("POST /api/cases/{id}/consultations", CONSULTATIONS, Set.of("POST"), ACME, Target.ADVISOR_CASE, 403),
			new Row("POST /api/cases/{id}/consultations", CONSULTATIONS, Set.of("POST"), ACME_SECOND, Target.ADVISOR_CASE,
					403),
			new Row("GET /api/cases/{id}/consultations", CONSULTATIONS, Set.of("GET"), ACME_SECOND, Target.ADVISOR_CASE,
					200),
			new Row("/api/cases/{id}/consultations/{consultationId}", CONSULTATION, ACME, Target.ADVISOR_CONSULTATION, 403),
			new Row("/api/cases/{id}/consultations/{consultationId}", CONSULTATION, SUPERVISOR, Target.ADVISOR_CONSULTATION,
					403),
			new Row("/api/cases/{id}/consultations/{consultationId}", CONSULTATION, OTHER_ADVISOR,
					Target.ADVISOR_CONSULTATION, 404),
			new Row("/api/cases/{id}/consultations/{consultationId}", CONSULTATION, SAKURA, Target.ADVISOR_CONSULTATION,
					404),
			new Row("/api/cases/{id}/consultations/{consultationId}", CONSULTATION, ADVISOR, Target.UNKNOWN_ID, 404),
			// Events: companies register and choose products, the desk records attendance; no other event exists.
			new Row("/api/opportunities/{id}/registrations|attendance**", EVENT, ACME, Target.UNKNOWN_ID, 404),
			new Row("/api/opportunities/{id}/registrations|attendance**", EVENT, SUPERVISOR, Target.UNKNOWN_ID, 404),
			new Row("POST /api/opportunities/{id}/registrations", EVENT.and(p -> p.endsWith("/registrations")),
					Set.of("POST"), ADVISOR, Target.EVENT, 403),
			new Row("DELETE /api/opportunities/{id}/registrations", EVENT.and(p -> p.endsWith("/registrations")),
					Set.of("DELETE"), SUPERVISOR, Target.EVENT, 403),
			new Row("DELETE /api/opportunities/{id}/registrations", EVENT.and(p -> p.endsWith("/registrations")),
					Set.of("DELETE"), ACME, Target.EVENT, 404),
			new Row("/api/opportunities/{id}/attendance", EVENT.and(p -> p.endsWith("/attendance")), ACME, Target.EVENT,
					403),
			new Row("/api/opportunities/{id}/attendance", EVENT.and(p -> p.endsWith("/attendance")), SAKURA, Target.EVENT,
					403),
			new Row("/api/opportunities/{id}/registrations/products", EVENT.and(p -> p.endsWith("/products")), ADVISOR,
					Target.EVENT, 403),
			new Row("/api/opportunities/{id}/registrations/products", EVENT.and(p -> p.endsWith("/products")), SAKURA,
					Target.EVENT, 409),
			// The dashboard and the report: supervisors only (see DashboardIT).
			new Row("dashboard, report", SUPERVISOR_ONLY, ACME, Target.ITSELF, 403),
			new Row("dashboard, report", SUPERVISOR_ONLY, ACME, Target.FISCAL_YEAR_2026, 403),
			new Row("dashboard, report", SUPERVISOR_ONLY, SAKURA, Target.ITSELF, 403),
			new Row("dashboard, report", SUPERVISOR_ONLY, SAKURA, Target.FISCAL_YEAR_2026, 403),
			new Row("dashboard, report", SUPERVISOR_ONLY, ADVISOR, Target.ITSELF, 403),
			new Row("dashboard, report", SUPERVISOR_ONLY, ADVISOR, Target.FISCAL_YEAR_2026, 403),
			new Row("dashboard, report", SUPERVISOR_ONLY, OTHER_ADVISOR, Target.ITSELF, 403),
			new Row("dashboard, report", SUPERVISOR_ONLY, OTHER_ADVISOR, Target.FISCAL_YEAR_2026, 403),
			// acme.user's notification: nobody else's, not even a colleague's.
			new Row("/api/notifications/{id}**", NOTIFICATION, ACME_SECOND, Target.ACME_NOTIFICATION, 404),
			new Row("/api/notifications/{id}**", NOTIFICATION, SAKURA, Target.ACME_NOTIFICATION, 404),
			new Row("/api/notifications/{id}**", NOTIFICATION, ADVISOR, Target.ACME_NOTIFICATION, 404),
			new Row("/api/notifications/{id}**", NOTIFICATION, SUPERVISOR, Target.ACME_NOTIFICATION, 404),
			// Tasks: seen only by those whose work they are; claim, assign and complete by the right role only.
			new Row("/api/tasks/{id}**", TASK, SAKURA, Target.COMPANY_TASK, 404),
			new Row("/api/tasks/{id}**", TASK, SAKURA, Target.ADVISOR_TASK, 404),
			new Row("/api/tasks/{id}**", TASK, SAKURA, Target.TRIAGE_TASK, 404),
			new Row("/api/tasks/{id}**", TASK, ACME, Target.ADVISOR_TASK, 404),
			new Row("/api/tasks/{id}**", TASK, ACME, Target.TRIAGE_TASK, 404),
			new Row("/api/tasks/{id}**", TASK, OTHER_ADVISOR, Target.ADVISOR_TASK, 404),
			new Row("/api/tasks/{id}**", TASK, ADVISOR, Target.COMPANY_TASK, 404),
			new Row("/api/tasks/{id}**", TASK, ADVISOR, Target.TRIAGE_TASK, 404),
			new Row("/api/tasks/{id}/claim, /assign", CLAIM_OR_ASSIGN, ACME, Target.COMPANY_TASK, 403),
			new Row("/api/tasks/{id}/assign", ASSIGN, ADVISOR, Target.ADVISOR_TASK, 403),
			new Row("/api/tasks/{id}/complete", COMPLETE, SUPERVISOR, Target.COMPANY_TASK, 403),
			// Documents: as their case; an unknown id is a 404 like a foreign one.
			new Row("/api/documents/{id}**", DOCUMENT, SAKURA, Target.COMPANY_DOCUMENT, 404),
			new Row("/api/documents/{id}**", DOCUMENT, SAKURA, Target.ADVISOR_DOCUMENT, 404),
			new Row("/api/documents/{id}**", DOCUMENT, OTHER_ADVISOR, Target.ADVISOR_DOCUMENT, 404),
			new Row("/api/documents/{id}**", DOCUMENT, ADVISOR, Target.COMPANY_DOCUMENT, 404),
			new Row("/api/documents/{id}**", DOCUMENT, SAKURA, Target.UNKNOWN_ID, 404),
			// Registrations to review: supervisors only; whether one exists is not even asked first.
			new Row("/api/registrations, /{id}", REGISTRATIONS, ACME, Target.UNKNOWN_ID, 403),
			new Row("/api/registrations, /{id}", REGISTRATIONS, ACME_SECOND, Target.UNKNOWN_ID, 403),
			new Row("/api/registrations, /{id}", REGISTRATIONS, SAKURA, Target.UNKNOWN_ID, 403),
			new Row("/api/registrations, /{id}", REGISTRATIONS, ADVISOR, Target.UNKNOWN_ID, 403),
			new Row("/api/registrations, /{id}", REGISTRATIONS, OTHER_ADVISOR, Target.UNKNOWN_ID, 403),
			// The company's own profile, colleagues and products: the desk's staff are no users of a company;
			// a plain colleague changes nothing (reads are 200, writes 403: the rows name the methods).
			new Row("/api/company, /users, /products", OWN_COMPANY_LISTS, ADVISOR, Target.ITSELF, 403),
			new Row("/api/company, /users, /products", OWN_COMPANY_LISTS, SUPERVISOR, Target.ITSELF, 403),
			new Row("/api/company/users/{username}/disable", COLLEAGUE, ADVISOR, Target.ACME_COLLEAGUE, 403),
			new Row("/api/company/users/{username}/disable", COLLEAGUE, SUPERVISOR, Target.ACME_COLLEAGUE, 403),
			new Row("/api/company/products/{id}", PRODUCT, ADVISOR, Target.ACME_PRODUCT, 403),
			new Row("/api/company/products/{id}", PRODUCT, SUPERVISOR, Target.ACME_PRODUCT, 403),
			new Row("PUT /api/company, POST /users, /products", OWN_COMPANY_LISTS, Set.of("PUT", "POST"), ACME_SECOND,
					Target.ITSELF, 403),
			new Row("GET /api/company, /users, /products", OWN_COMPANY_LISTS, Set.of("GET"), ACME_SECOND,
					Target.ITSELF, 200),
			// A colleague of acme's: another company's admin does not find them, a plain colleague cannot disable.
			new Row("/api/company/users/{username}/disable", COLLEAGUE, SAKURA, Target.ACME_COLLEAGUE, 404),
			new Row("/api/company/users/{username}/disable", COLLEAGUE, SAKURA, Target.ACME_ADMIN, 404),
			new Row("/api/company/users/{username}/disable", COLLEAGUE, ACME_SECOND, Target.ACME_ADMIN, 403),
			new Row("/api/company/users/{username}/disable", COLLEAGUE, ACME, Target.ACME_ADMIN, 409),
			// A product of acme's register: another company's does not exist; a plain colleague changes none.
			new Row("/api/company/products/{id}", PRODUCT, SAKURA, Target.ACME_PRODUCT, 404),
			new Row("/api/company/products/{id}", PRODUCT, ACME_SECOND, Target.ACME_PRODUCT, 403),
			new Row("/api/company/products/{id}", PRODUCT, ACME, Target.UNKNOWN_ID, 404),
			// Supervisors only; a company does not even see itself there. Supervisors meet only unknown
			// ids here: the matrix never suspends a demo company (CompanyOversightIT does, and restores it).
			new Row("/api/companies**", COMPANIES, ACME, Target.ACME_COMPANY, 403),
			new Row("/api/companies**", COMPANIES, ACME_SECOND, Target.ACME_COMPANY, 403),
			new Row("/api/companies**", COMPANIES, SAKURA, Target.ACME_COMPANY, 403),
			new Row("/api/companies**", COMPANIES, ADVISOR, Target.ACME_COMPANY, 403),
			new Row("/api/companies/{id}**", COMPANY, SUPERVISOR, Target.UNKNOWN_ID, 404),
			// A case from an opportunity: no notice of that id (OpportunityCasesIT: drafts 404, the desk 403).
			new Row("/api/opportunities/{id}/cases", CASE_FROM_OPPORTUNITY, ACME, Target.UNKNOWN_ID, 404),
			new Row("/api/opportunities/{id}/cases", CASE_FROM_OPPORTUNITY, SAKURA, Target.UNKNOWN_ID, 404),
			new Row("/api/opportunities/{id}/cases", CASE_FROM_OPPORTUNITY, ADVISOR, Target.UNKNOWN_ID, 404),
			new Row("/api/opportunities/{id}/cases", CASE_FROM_OPPORTUNITY, SUPERVISOR, Target.UNKNOWN_ID, 404));

	private ProbeTable() {
	}


	/** The probes of every endpoint; fails on an endpoint that has no rule. */
	static List<Probe> probes(List<Endpoint> endpoints, MatrixFixture fixture) {
		return endpoints.stream().flatMap(endpoint -> probes(endpoint, fixture).stream()).toList();
	}

	static List<Probe> probes(Endpoint endpoint, MatrixFixture fixture) {
		String pattern = endpoint.pattern();
		if (OWN_DATA_ONLY.contains(pattern) || PUBLIC.contains(endpoint)) {
			return List.of();
		}
		List<Probe> probes = ROWS.stream()
			.filter(row -> row.matches(endpoint))
			.map(row -> new Probe(endpoint, row.user(), row.target().path(pattern, fixture), row.expected()))
			.toList();
		if (probes.isEmpty()) {
			fail("No security rule for the new endpoint " + endpoint + ": add a row to ProbeTable");
		}
		return probes;
	}

}
