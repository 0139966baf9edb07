package jp.procurementdesk.companies.internal;

import static jp.procurementdesk.companies.FrontDoor.freshAddress;
import static jp.procurementdesk.companies.FrontDoor.japaneseCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.companies.FrontDoor;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.TestClock.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the desk stops keeping: an unverified registration goes with its expired link, a
 * rejected one after {@code desk.registration.keep-rejected} (90 days), an approved one stays.
 * The cleanup's round is run here directly (it runs every ten minutes); a round while another
 * node holds the lock does nothing.
 */
@DeskIntegrationTest
class RegistrationCleanupIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	MovableClock clock;

	@Autowired
	RegistrationCleanup cleanup;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anUnverifiedRegistrationIsDeletedWhenItsLinkExpires() {
		FrontDoor frontDoor = new FrontDoor(http);
		String email = freshAddress();
		UUID id = UUID.fromString(frontDoor.register(japaneseCompany(email), "en").getBody().path("id").asText());
		String token = FrontDoor.tokenIn(FrontDoor.mailTo(email, FrontDoor::hasLink));

		clock.advance(Duration.ofHours(23));
		cleanup.deleteDue();
		assertThat(exists(id)).as("within the day").isTrue();

		clock.advance(Duration.ofHours(1).plusMinutes(1));
		cleanup.deleteDue();
		assertThat(exists(id)).as("after the day").isFalse();
		clock.reset();
		assertThat(frontDoor.verify(token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aRejectedRegistrationIsKeptNinetyDaysForTheRecord() {
		FrontDoor frontDoor = new FrontDoor(http);
		UUID id = frontDoor.registeredAndVerified(japaneseCompany(freshAddress()), "en");
		assertThat(frontDoor.review(id, Map.of("decision", "REJECT", "note", "Not a maker of health products."))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		clock.advance(Duration.ofDays(89));
		cleanup.deleteDue();
		assertThat(exists(id)).isTrue();

		clock.advance(Duration.ofDays(1).plusMinutes(1));
		cleanup.deleteDue();
		assertThat(exists(id)).isFalse();
	}

	@Test
	void aRegistrationUnderReviewIsNeverDeleted() {
		UUID id = new FrontDoor(http).registeredAndVerified(japaneseCompany(freshAddress()), "en");

		clock.advance(Duration.ofDays(400));
		cleanup.deleteDue();

		assertThat(exists(id)).isTrue();
	}

	@Test
	void whileAnotherNodeCleansUpThisOneSkipsTheRound() {
		String email = freshAddress();
		UUID id = UUID.fromString(new FrontDoor(http).register(japaneseCompany(email), "en").getBody().path("id")
			.asText());
		clock.advance(Duration.ofDays(2));

		Integer deletedMeanwhile = transactions.execute(status -> {
			jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, RegistrationCleanup.LOCK);
			return cleanupInAnotherThread();
		});

		assertThat(deletedMeanwhile).isZero();
		assertThat(exists(id)).isTrue();
		assertThat(cleanup.deleteDue()).isPositive();
		assertThat(exists(id)).isFalse();
	}

	private int cleanupInAnotherThread() {
		int[] deleted = new int[1];
		Thread other = new Thread(() -> deleted[0] = cleanup.deleteDue());
		other.start();
		try {
			other.join(20_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return deleted[0];
	}

	private boolean exists(UUID id) {
		return Boolean.TRUE.equals(
				jdbc.queryForObject("select exists (select 1 from desk.registration where id = ?)", Boolean.class, id));
	}

}
