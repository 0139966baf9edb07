package jp.procurementdesk.support;

/**
 * The users and companies of the demo realm ({@code realm/procurement-desk-realm.json}) and of
 * the demo data, by the names the tests use for them. Every demo user signs in with
 * {@link #PASSWORD}.
 */
public final class DemoUsers {

	/** A company user of {@link #ACME_COMPANY}. */
	public static final String ACME = "acme.user";

	/** The second company user of {@link #ACME_COMPANY}: sees what {@link #ACME} sees. */
	public static final String ACME_SECOND = "acme.second";

	/** The company user of {@link #SAKURA_COMPANY} (Japanese locale): an outsider to acme's cases. */
	public static final String SAKURA = "sakura.user";

	/** The advisor the tests assign to their cases. */
	public static final String ADVISOR = "advisor.tanaka";

	/** An advisor not assigned to the tests' cases: an outsider to them. */
	public static final String OTHER_ADVISOR = "advisor.suzuki";

	/** The supervisor: triage, go/no-go, closure approval, dashboard; also a Camunda admin. */
	public static final String SUPERVISOR = "supervisor.sato";

	/** The password of every demo user. */
	public static final String PASSWORD = "demo";

	/** The company id ({@code company_id} claim) of {@link #ACME} and {@link #ACME_SECOND}. */
	public static final String ACME_COMPANY = "acme-medical";

	/** The company id ({@code company_id} claim) of {@link #SAKURA}. */
	public static final String SAKURA_COMPANY = "sakura-diagnostics";

	private DemoUsers() {
	}

}
