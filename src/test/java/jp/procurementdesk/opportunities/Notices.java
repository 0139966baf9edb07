package jp.procurementdesk.opportunities;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.identity.CompanyAccounts;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.support.DemoUsers;
import jp.procurementdesk.support.RealmAdmin;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opportunities for the tests of what follows their publication (alerts, digest, cases from a
 * notice), written and published through the module's Java API by the demo advisor, and the
 * test companies and users they go to.
 */
public final class Notices {

	/** The demo advisor as the desk's user who writes and publishes. */
	public static final CurrentUser DESK = new CurrentUser(DemoUsers.ADVISOR, "Kenji Tanaka", null,
			Set.of(DeskRole.ADVISOR), null);

	private final Opportunities opportunities;

	public Notices(Opportunities opportunities) {
		this.opportunities = opportunities;
	}

	/**
	 * A published UN tender for IVDs at UNICEF (UNSPSC 41131600): it matches Sakura
	 * (IVD, UNICEF, prefix 4113), not Acme (medical and immunization devices).
	 */
	public OpportunityView ivdTender(String title) {
		return published(tender(title, OpportunityKind.UN_TENDER, ProductCategory.IVD));
	}

	public OpportunityView published(OpportunityDraft draft) {
		return opportunities.publish(opportunities.create(draft, DESK).id(), DESK);
	}

	public OpportunityView draft(OpportunityDraft draft) {
		return opportunities.create(draft, DESK);
	}

	public static OpportunityDraft tender(String title, OpportunityKind kind, ProductCategory category) {
		return new OpportunityDraft(kind, title, "Long-term agreement for rapid diagnostic tests.\nDelivery to 12 countries.",
				TargetAgency.UNICEF, Set.of(category), List.of("41131600"), "LRFP-2026-" + (100000 + (int) (Math.random() * 899999)),
				"https://www.ungm.org/Public/Notice/1", deadline(), null, null, null, null);
	}

	public static OpportunityDraft event(String title) {
		OffsetDateTime starts = deadline().plusDays(5);
		return new OpportunityDraft(OpportunityKind.EVENT, title, "A seminar.", null, Set.of(), List.of(), null, null,
				deadline(), starts, starts.plusHours(3), "Tokyo", 20);
	}

	/** In 30 days, whole minutes, in the desk's offset. */
	public static OffsetDateTime deadline() {
		return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(30).truncatedTo(ChronoUnit.MINUTES).withHour(17).withMinute(0);
	}

	/** A new active company interested in IVDs (and every agency and code). */
	public static String ivdCompany(JdbcClient jdbc, String name, String status) {
		String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into desk.company (id, name, status, interest_categories) values (:id, :name, :status, '[\"IVD\"]')")
			.param("id", id)
			.param("name", name)
			.param("status", status)
			.update();
		return id;
	}

	/** An enabled user of the company who may sign in ({@code DemoUsers.PASSWORD}); username = email. */
	public static String user(CompanyAccounts accounts, String company, String name, Locale language) {
		String email = name + "@" + company + ".example.com";
		accounts.create(company, email, "Test " + name, language, false);
		RealmAdmin.setPassword(email);
		return email;
	}

}
