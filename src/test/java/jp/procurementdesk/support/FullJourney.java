package jp.procurementdesk.support;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The longest case the desk knows, through the REST API only, by the users whose work it is:
 * all three pathways (WHO PQ, Compendium, UN tender), 24 tasks, uploads, closure. Run by
 * {@code CaseJourneyIT} on one node and by {@code TwoNodesIT} across two.
 */
public final class FullJourney {

	private final Api api;

	public FullJourney(Api api) {
		this.api = api;
	}

	/** Runs the journey, asserting each step, and returns the closed case's id. */
	public UUID allThreePathways() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		UUID caseId = Api.id(api.openCase(ACME, "IVD", "WHO_PQ", "COMPENDIUM", "UN_PROCUREMENT"));
		assertStatus(caseId, "TRIAGE");

		accept(caseId, "WHO_PQ", "COMPENDIUM", "UN_PROCUREMENT");
		assertThat(api.caseOf(ACME, caseId).path("advisor").asText()).isEqualTo(ADVISOR);
		assertStatus(caseId, "IN_SUPPORT");

		api.complete(ADVISOR, caseId, "pq-eligibility", Map.of("stream", "IVD", "route", "FULL", "eligible", true));
		for (String type : List.of("PRE_SUBMISSION_FORM", "PRODUCT_DOSSIER", "INSTRUCTIONS_FOR_USE", "ISO_13485_CERTIFICATE")) {
			api.uploadPdf(ACME, caseId, type);
		}
		api.complete(ACME, caseId, "prepare-dossier", Map.of());
		api.complete(ADVISOR, caseId, "review-dossier", Map.of("decision", "APPROVED"));
		api.complete(ACME, caseId, "submit-to-who", Map.of("whoReference", "PQDx 0123-456-00", "submittedOn",
				today.toString()));
		api.complete(ADVISOR, caseId, "record-screening", Map.of("result", "ACCEPTED"));
		api.complete(ADVISOR, caseId, "record-decision", Map.of("decision", "PREQUALIFIED", "listingDate",
				today.toString()));

		api.complete(ADVISOR, caseId, "compendium-eligibility", Map.of("inScope", true, "callDeadline",
				today.plusDays(60).toString()));
		api.uploadPdf(ACME, caseId, "COMPENDIUM_FORM");
		api.complete(ACME, caseId, "prepare-application", Map.of());
		api.complete(ADVISOR, caseId, "review-application", Map.of("decision", "APPROVED"));
		api.complete(ACME, caseId, "submit-application", Map.of("submissionReference", "COMP-2026-77"));
		api.complete(ADVISOR, caseId, "record-compendium-result", Map.of("result", "LISTED"));

		awardUnTender(ACME, caseId);

		assertStatus(caseId, "CLOSING");
		close(caseId, "Prequalified, listed and awarded.");

		JsonNode closed = api.caseOf(ACME, caseId);
		assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.path("outcome").asText()).isEqualTo("COMPLETED");
		assertThat(closed.path("closedAt").isNull()).isFalse();
		assertThat(closed.path("pathwayOutcomes").path("WHO_PQ").asText()).isEqualTo("PREQUALIFIED");
		assertThat(closed.path("pathwayOutcomes").path("COMPENDIUM").asText()).isEqualTo("LISTED");
		assertThat(closed.path("pathwayOutcomes").path("UN_PROCUREMENT").asText()).isEqualTo("AWARDED");
		assertThat(api.openTasks(SUPERVISOR, caseId)).as("only the satisfaction survey is left")
			.extracting(task -> task.path("key").asText())
			.containsExactly("rate-support");

		List<String> types = timeline(caseId).stream().map(entry -> entry.path("type").asText()).toList();
		assertThat(types.get(0)).isEqualTo("CASE_OPENED");
		assertThat(types.get(types.size() - 1)).isEqualTo("CASE_CLOSED");
		assertThat(types).contains("ADVISOR_ASSIGNED", "PATHWAYS_STARTED", "PATHWAY_OUTCOME", "STATUS_CHANGED");
		assertThat(types.stream().filter("TASK_COMPLETED"::equals)).hasSize(24);
		JsonNode award = timeline(caseId).stream()
			.filter(entry -> "record-award".equals(entry.path("details").path("taskKey").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(award.path("actor").asText()).isEqualTo(ADVISOR);
		assertThat(award.path("details").path("values").path("contractValueUsd").decimalValue())
			.isEqualByComparingTo("125000.50");
		return caseId;
	}

	/** Triage accepts acme's case for these pathways; consultation and plan follow. */
	public void accept(UUID caseId, String... pathways) {
		accept(ACME, caseId, pathways);
	}

	/**
	 * Triage accepts the company's case for these pathways, with {@code advisor.tanaka} as the
	 * advisor; consultation and the company's approval of the plan follow.
	 */
	public void accept(String company, UUID caseId, String... pathways) {
		api.complete(SUPERVISOR, caseId, "triage", Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways",
				List.of(pathways)));
		assertStatus(company, caseId, "CONSULTATION");
		api.complete(ADVISOR, caseId, "initial-consultation", Map.of("readiness", "GAPS", "plan",
				"Close the gaps in the dossier, then submit.", "pathways", List.of(pathways)));
		assertStatus(company, caseId, "PLAN_APPROVAL");
		api.complete(company, caseId, "approve-plan", Map.of("accept", true));
	}

	/**
	 * The UN tender pathway of an accepted case, from the company's UNGM registration to the
	 * award of a contract worth USD 125,000.50; the tender's deadline is 20 days from now (real
	 * time: it is a Camunda timer).
	 */
	public void awardUnTender(String company, UUID caseId) {
		api.complete(company, caseId, "ungm-registration", Map.of("ungmVendorId", "UNGM-889911", "ungmLevel", "LEVEL_1"));
		api.complete(ADVISOR, caseId, "verify-registration", Map.of("result", "VERIFIED"));
		api.complete(ADVISOR, caseId, "identify-tender", tender(OffsetDateTime.now().plusDays(20)));
		api.complete(SUPERVISOR, caseId, "go-no-go", Map.of("decision", "GO"));
		api.uploadPdf(company, caseId, "TECHNICAL_OFFER");
		api.uploadPdf(ADVISOR, caseId, "FINANCIAL_OFFER");
		api.complete(company, caseId, "prepare-bid", Map.of());
		api.complete(ADVISOR, caseId, "review-bid", Map.of("decision", "APPROVED"));
		api.complete(company, caseId, "submit-bid", Map.of("submittedAt", OffsetDateTime.now().minusMinutes(1).toString()));
		api.complete(ADVISOR, caseId, "record-award", Map.of("result", "AWARDED", "contractValueUsd", 125000.50));
	}

	/** The advisor closes the case with the summary, the supervisor approves the closure. */
	public void close(UUID caseId, String summary) {
		api.complete(ADVISOR, caseId, "close-case", Map.of("summary", summary));
		api.complete(SUPERVISOR, caseId, "approve-closure", Map.of("approve", true));
	}

	public static Map<String, Object> tender(OffsetDateTime deadline) {
		return Map.of("agency", "UNICEF", "noticeId", "RFP-DAN-2026-503", "tenderType", "RFP", "submissionDeadline",
				deadline.truncatedTo(ChronoUnit.SECONDS).toString(), "title", "Malaria rapid diagnostic tests, LTA");
	}

	public void assertStatus(UUID caseId, String status) {
		assertStatus(ACME, caseId, status);
	}

	/** The case's status as the user (one who sees the case) reads it. */
	public void assertStatus(String user, UUID caseId, String status) {
		assertThat(api.caseOf(user, caseId).path("status").asText()).isEqualTo(status);
	}

	public List<JsonNode> timeline(UUID caseId) {
		return timeline(ACME, caseId);
	}

	/** The case's timeline as the user reads it. */
	public List<JsonNode> timeline(String user, UUID caseId) {
		List<JsonNode> entries = new ArrayList<>();
		api.get(user, "/api/cases/" + caseId + "/timeline").getBody().path("items").forEach(entries::add);
		return entries;
	}

}
