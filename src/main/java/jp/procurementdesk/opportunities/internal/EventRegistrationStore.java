package jp.procurementdesk.opportunities.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jp.procurementdesk.opportunities.EventSeats.Registration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code event_registration} and {@code event_product} (V23). */
@Component
class EventRegistrationStore {

	private final JdbcClient jdbc;

	EventRegistrationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds the opportunity's row until the transaction ends: registrations of one event take
	 * turns, so that each counts what the one before it inserted and the capacity holds.
	 */
	void hold(UUID opportunityId) {
		jdbc.sql("select id from desk.opportunity where id = :id for update").param("id", opportunityId).query().listOfRows();
	}

	int count(UUID opportunityId) {
		return jdbc.sql("select count(*) from desk.event_registration where opportunity_id = :id")
			.param("id", opportunityId)
			.query(Integer.class)
			.single();
	}

	/** Oldest first. */
	List<Registration> registrations(UUID opportunityId) {
		return jdbc.sql("""
				select username, company_id, registered_at, attended from desk.event_registration
				where opportunity_id = :id order by registered_at, username""")
			.param("id", opportunityId)
			.query((rs, row) -> new Registration(rs.getString("username"), rs.getString("company_id"),
					rs.getObject("registered_at", OffsetDateTime.class), rs.getBoolean("attended")))
			.list();
	}

	boolean registered(UUID opportunityId, String username) {
		return jdbc.sql("select count(*) > 0 from desk.event_registration where opportunity_id = :id and username = :user")
			.param("id", opportunityId)
			.param("user", username)
			.query(Boolean.class)
			.single();
	}

	boolean companyRegistered(UUID opportunityId, String companyId) {
		return jdbc
			.sql("select count(*) > 0 from desk.event_registration where opportunity_id = :id and company_id = :company")
			.param("id", opportunityId)
			.param("company", companyId)
			.query(Boolean.class)
			.single();
	}

	void insert(UUID opportunityId, String username, String companyId, OffsetDateTime now) {
		jdbc.sql("""
				insert into desk.event_registration (opportunity_id, username, company_id, registered_at)
				values (:id, :user, :company, :now)""")
			.param("id", opportunityId)
			.param("user", username)
			.param("company", companyId)
			.param("now", now)
			.update();
	}

	void delete(UUID opportunityId, String username) {
		jdbc.sql("delete from desk.event_registration where opportunity_id = :id and username = :user")
			.param("id", opportunityId)
			.param("user", username)
			.update();
	}

	/** Exactly these users attended. */
	void attended(UUID opportunityId, List<String> usernames) {
		jdbc.sql("update desk.event_registration set attended = (username = any(:users)) where opportunity_id = :id")
			.param("id", opportunityId)
			.param("users", usernames.toArray(String[]::new))
			.update();
	}

	/** The events the user registered for. */
	List<UUID> eventsOf(String username) {
		return jdbc.sql("select opportunity_id from desk.event_registration where username = :user")
			.param("user", username)
			.query(UUID.class)
			.list();
	}

	/** The products the company shows, in its order. */
	List<UUID> products(UUID opportunityId, String companyId) {
		return jdbc.sql("""
				select product_id from desk.event_product where opportunity_id = :id and company_id = :company
				order by position""")
			.param("id", opportunityId)
			.param("company", companyId)
			.query(UUID.class)
			.list();
	}

	void replaceProducts(UUID opportunityId, String companyId, List<UUID> productIds) {
		jdbc.sql("delete from desk.event_product where opportunity_id = :id and company_id = :company")
			.param("id", opportunityId)
			.param("company", companyId)
			.update();
		for (int position = 0; position < productIds.size(); position++) {
			jdbc.sql("""
					insert into desk.event_product (opportunity_id, company_id, product_id, position)
					values (:id, :company, :product, :position)""")
				.param("id", opportunityId)
				.param("company", companyId)
				.param("product", productIds.get(position))
				.param("position", position)
				.update();
		}
	}

}
