package jp.procurementdesk.reliability;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.companies.FrontDoor;
import jp.procurementdesk.reliability.Junk.IdKind;
import jp.procurementdesk.support.Api;

import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Real ids for the fuzzed path segments: acme-medical's cases in several states, its open and
 * completed tasks, documents, notifications, a product of its register, and the same of another
 * company (sakura); a company's registration awaiting review and its review task; a consultation
 * record of the advisor's case; a published opportunity and a draft; a published event.
 */
record FuzzFixture(UUID ownCase, String triageTask, UUID companyCase, String companyTask, String completedTask,
		UUID advisorCase, String advisorTask, UUID otherCase, String otherTask, UUID closedCase, UUID document,
		UUID otherDocument, String notification, String otherNotification, UUID product, UUID otherProduct,
		UUID registration, String reviewTask, UUID consultation, UUID opportunity, UUID draftOpportunity,
		UUID event) {

	static FuzzFixture create(TestRestTemplate http) {
		Api api = new Api(http);
		FrontDoor frontDoor = new FrontDoor(http);
		UUID registration = frontDoor.registeredAndVerified(FrontDoor.japaneseCompany(FrontDoor.freshAddress()), "en");
		UUID ownCase = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		UUID companyCase = Api.id(api.openCase(ACME, "VACCINE", "WHO_PQ"));
		String completedTask = api.taskId(SUPERVISOR, companyCase, "triage");
		api.complete(SUPERVISOR, companyCase, "triage", Map.of("decision", "REQUEST_INFO", "note", "More?"));
		UUID advisorCase = Api.id(api.openCase(ACME, "IVD", "UN_PROCUREMENT"));
		api.complete(SUPERVISOR, advisorCase, "triage",
				Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways", List.of("UN_PROCUREMENT")));
		UUID otherCase = Api.id(api.openCase(SAKURA, "IVD", "COMPENDIUM"));
		api.complete(SUPERVISOR, otherCase, "triage", Map.of("decision", "REQUEST_INFO", "note", "More?"));
		UUID closedCase = Api.id(api.openCase(ACME, "MEDICINE", "WHO_PQ"));
		if (!api.post(ACME, "/api/cases/" + closedCase + "/withdraw", Map.of("reason", "fixture"))
			.getStatusCode()
			.is2xxSuccessful()) {
			throw new IllegalStateException("Could not withdraw the fixture's closed case");
		}
		return new FuzzFixture(ownCase, api.taskId(SUPERVISOR, ownCase, "triage"), companyCase,
				api.taskId(ACME, companyCase, "provide-information"), completedTask, advisorCase,
				api.taskId(ADVISOR, advisorCase, "initial-consultation"), otherCase,
				api.taskId(SAKURA, otherCase, "provide-information"), closedCase,
				Api.id(api.uploadPdf(ACME, ownCase, "PRODUCT_DOSSIER")),
				Api.id(api.uploadPdf(SAKURA, otherCase, "OTHER")), notification(api, ACME),
				notification(api, SAKURA), product(api, ACME), product(api, SAKURA), registration,
				frontDoor.reviewTask(registration), consultation(api, advisorCase), opportunity(api, Junk.opportunity(), true),
				opportunity(api, Junk.opportunity(), false), opportunity(api, Junk.event(), true));
	}

	/** An opportunity the desk wrote, published or a draft. */
	private static UUID opportunity(Api api, Map<String, Object> fields, boolean published) {
		UUID id = Api.id(api.post(ADVISOR, "/api/opportunities", fields).getBody());
		if (published) {
			api.post(ADVISOR, "/api/opportunities/" + id + "/publish", null);
		}
		return id;
	}

	/** A consultation advisor.tanaka recorded on their case. */
	private static UUID consultation(Api api, UUID advisorCase) {
		return Api.id(api.post(ADVISOR, "/api/cases/" + advisorCase + "/consultations", Junk.consultation()).getBody());
	}

	/** Still what it was built as (fuzzed requests that succeeded may have moved it on)? */
	boolean intact(Api api) {
		return open(api, ownCase, triageTask) && open(api, companyCase, companyTask)
				&& open(api, advisorCase, advisorTask) && open(api, otherCase, otherTask) && registered(api, ACME, product)
				&& registered(api, SAKURA, otherProduct);
	}

	private static boolean open(Api api, UUID caseId, String taskId) {
		return api.get(SUPERVISOR, "/api/tasks/" + taskId).getStatusCode().value() == 200
				&& !"CLOSED".equals(api.caseOf(SUPERVISOR, caseId).path("status").asText());
	}

	String id(IdKind kind, String junk) {
		return switch (kind) {
			case OWN_CASE -> ownCase.toString();
			case OTHER_COMPANY_CASE -> otherCase.toString();
			case ADVISOR_CASE -> advisorCase.toString();
			case CLOSED_CASE -> closedCase.toString();
			case COMPANY_TASK -> companyTask;
			case ADVISOR_TASK -> advisorTask;
			case TRIAGE_TASK -> triageTask;
			case COMPLETED_TASK -> completedTask;
			case OTHER_COMPANY_TASK -> otherTask;
			case DOCUMENT -> document.toString();
			case OTHER_COMPANY_DOCUMENT -> otherDocument.toString();
			case NOTIFICATION -> notification;
			case OTHER_NOTIFICATION -> otherNotification;
			case OWN_PRODUCT -> product.toString();
			case OTHER_COMPANY_PRODUCT -> otherProduct.toString();
			case OTHER_COMPANY_USER -> SAKURA;
			case REGISTRATION -> registration.toString();
			case REVIEW_TASK -> reviewTask;
			case CONSULTATION -> consultation.toString();
			case OPPORTUNITY -> opportunity.toString();
			case DRAFT_OPPORTUNITY -> draftOpportunity.toString();
			case EVENT -> event.toString();
			case RANDOM_UUID -> UUID.nameUUIDFromBytes(junk.getBytes(StandardCharsets.UTF_8)).toString();
			case NIL_UUID -> new UUID(0, 0).toString();
			case JUNK -> junk;
		};
	}

	/** A product of the user's company register, of a name of its own (a register has each name once). */
	private static UUID product(Api api, String user) {
		return Api.id(api.post(user, "/api/company/products", Map.of("name", "Fuzz product " + UUID.randomUUID(),
				"category", "IVD")).getBody());
	}

	private static boolean registered(Api api, String user, UUID product) {
		return api.get(user, "/api/company/products").getBody().path("items").findValuesAsText("id")
			.contains(product.toString());
	}

	private static String notification(Api api, String user) {
		JsonNode items = api.get(user, "/api/notifications?size=1").getBody().path("items");
		if (items.isEmpty()) {
			throw new IllegalStateException(user + " has no notification");
		}
		return items.get(0).path("id").asText();
	}

}
