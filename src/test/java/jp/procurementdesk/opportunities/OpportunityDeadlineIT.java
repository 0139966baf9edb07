package jp.procurementdesk.opportunities;

import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The real job executor closes a published opportunity when its deadline passes (process
 * {@code deadline-watch}): a tender whose deadline is seconds away closes, once, and disappears
 * from the companies' list (but not from {@code includeClosed=true}); a tender whose deadline was
 * corrected to a later one stays open; a closed one is not corrected any more.
 */
@DeskIntegrationTest
class OpportunityDeadlineIT {

	@Autowired
	TestRestTemplate http;

	@Test
	void thePublishedOpportunityClosesWhenItsDeadlinePasses() throws InterruptedException {
		OpportunityCalls calls = new OpportunityCalls(http);
		String marker = "d" + UUID.randomUUID().toString().substring(0, 8);
		OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> closing = OpportunityCalls.tender("Closing " + marker, List.of("IVD"));
		closing.put("deadline", soon.toString());
		UUID closingId = Api.id(calls.published(ADVISOR, closing));
		Map<String, Object> moved = OpportunityCalls.tender("Moved " + marker, List.of("IVD"));
		moved.put("deadline", soon.toString());
		UUID movedId = Api.id(calls.published(ADVISOR, moved));
		moved.put("deadline", OpportunityCalls.inDays(2).toString());
		assertThat(calls.correct(SUPERVISOR, movedId, moved, calls.get(SUPERVISOR, movedId).getHeaders().getETag())
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		long until = System.nanoTime() + 45_000_000_000L;
		while (!"CLOSED".equals(status(calls, closingId)) && System.nanoTime() < until) {
			Thread.sleep(500);
		}

		JsonNode closedOne = calls.get(SAKURA, closingId).getBody();
		assertThat(closedOne.path("status").asText()).isEqualTo("CLOSED");
		assertThat(OffsetDateTime.parse(closedOne.path("closedAt").asText())).isAfterOrEqualTo(soon);
		Thread.sleep(3000);
		assertThat(status(calls, movedId)).as("its deadline was moved on").isEqualTo("PUBLISHED");
		// Counted in the audit, not in this context's events: the job executor of any application
		// context on the same database (like any node of a cluster) may be the one that runs the timer.
		assertThat(closings(calls, closingId)).as("closed once").isEqualTo(1);
		assertThat(closings(calls, movedId)).isZero();
		assertThat(OpportunitiesIT.titles(calls.list(SAKURA, "q=" + marker))).containsExactly("Moved " + marker);
		assertThat(OpportunitiesIT.titles(calls.list(SAKURA, "includeClosed=true&q=" + marker)))
			.containsExactly("Moved " + marker, "Closing " + marker);
		JsonNode last = calls.history(SUPERVISOR, closingId).getBody().path("items");
		assertThat(last.get(last.size() - 1).path("action").asText()).isEqualTo("CLOSED");
		assertThat(last.get(last.size() - 1).path("actor").asText()).isEqualTo("system");
		assertThat(calls.correct(ADVISOR, closingId, closing, calls.get(ADVISOR, closingId).getHeaders().getETag())
			.getStatusCode()).as("closed: not corrected").isEqualTo(HttpStatus.CONFLICT);
	}

	private static long closings(OpportunityCalls calls, UUID id) {
		long count = 0;
		for (JsonNode entry : calls.history(SUPERVISOR, id).getBody().path("items")) {
			if ("CLOSED".equals(entry.path("action").asText())) {
				count++;
			}
		}
		return count;
	}

	private static String status(OpportunityCalls calls, UUID id) {
		return calls.get(SUPERVISOR, id).getBody().path("status").asText();
	}

}
