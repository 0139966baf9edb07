package jp.procurementdesk.security;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.opportunities.Events;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.support.Api;

/**
 * acme-medical's resources: a case waiting for the company, one of advisor.tanaka's, a
 * triage; a document on each of the first two; acme.user's notification of the company task; a
 * product of acme's register; a consultation advisor.tanaka recorded on their case; a draft
 * opportunity of the desk.
 */
record MatrixFixture(UUID companyCase, String companyTask, UUID advisorCase, String advisorTask, String triageTask,
		UUID companyDocument, UUID advisorDocument, String notification, UUID product, UUID consultation,
		UUID draftOpportunity, UUID event) {

	static MatrixFixture create(Api api, Opportunities opportunities, Clock clock) {
		UUID companyCase = Api.id(api.openCase(ACME, "IVD", "WHO_PQ"));
		api.complete(SUPERVISOR, companyCase, "triage", Map.of("decision", "REQUEST_INFO", "note", "More?"));
		UUID advisorCase = Api.id(api.openCase(ACME, "IVD", "UN_PROCUREMENT"));
		api.complete(SUPERVISOR, advisorCase, "triage", Map.of("decision", "ACCEPT", "advisor",
				ADVISOR, "pathways", List.of("UN_PROCUREMENT")));
		UUID untriaged = Api.id(api.openCase(ACME, "VACCINE", "WHO_PQ"));
		return new MatrixFixture(companyCase, api.taskId(ACME, companyCase, "provide-information"), advisorCase,
				api.taskId(ADVISOR, advisorCase, "initial-consultation"),
				api.taskId(SUPERVISOR, untriaged, "triage"),
				Api.id(api.uploadPdf(ACME, companyCase, "PRODUCT_DOSSIER")),
				Api.id(api.uploadPdf(ADVISOR, advisorCase, "TECHNICAL_OFFER")),
				notificationOf(api, ACME, companyCase), product(api), consultation(api, advisorCase),
				Api.id(api.post(ADVISOR, "/api/opportunities", EndpointCalls.OPPORTUNITY).getBody()),
				Events.publish(opportunities, clock, "Matrix probe seminar", 10).id());
	}

	/** A consultation advisor.tanaka recorded on their case. */
	private static UUID consultation(Api api, UUID advisorCase) {
		return Api.id(api.post(ADVISOR, "/api/cases/" + advisorCase + "/consultations", EndpointCalls.CONSULTATION)
			.getBody());
	}

	/** A product of acme's register (a name of its own: the register allows each once). */
	private static UUID product(Api api) {
		return Api.id(api.post(ACME, "/api/company/products", Map.of("name", "Matrix probe " + UUID.randomUUID(),
				"category", "MEDICAL_DEVICE")).getBody());
	}

	private static String notificationOf(Api api, String user, UUID caseId) {
		for (JsonNode item : api.get(user, "/api/notifications?size=100").getBody().path("items")) {
			if (item.path("caseId").asText().equals(caseId.toString())) {
				return item.path("id").asText();
			}
		}
		throw new AssertionError(user + " has no notification of case " + caseId);
	}

}
