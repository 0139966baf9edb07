package jp.procurementdesk.companies;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The product register and the cases that name its products: the company's users read it,
 * its company-admin changes it, another company's products do not exist for anyone else, a
 * product a case names stays, and a case opened from the register takes its name and category.
 */
@DeskIntegrationTest
class ProductRegisterIT {

	private static final String PRODUCTS = "/api/company/products";

	@Autowired
	TestRestTemplate http;

	CompanyCalls calls;

	Api api;

	@BeforeEach
	void calls() {
		calls = new CompanyCalls(http);
		api = calls.api();
	}

	@Test
	void theCompanyAdminAddsChangesAndRemovesProductsAndEveryChangeIsAudited() {
		String name = unique("Oxygen concentrator");
		ResponseEntity<JsonNode> added = api.post(ACME, PRODUCTS, Map.of("name", " " + name + " ", "category",
				"MEDICAL_DEVICE", "unspscCode", "42271700", "approvals", List.of("PMDA", "CE", "PMDA"), "notes", "5 L/min"));

		assertThat(added.getStatusCode()).as(String.valueOf(added.getBody())).isEqualTo(HttpStatus.CREATED);
		String id = added.getBody().path("id").asText();
		assertThat(added.getHeaders().getLocation()).hasToString(PRODUCTS + "/" + id);
		assertThat(added.getBody().path("name").asText()).isEqualTo(name);
		assertThat(added.getBody().path("approvals").toString()).isEqualTo("[\"PMDA\",\"CE\"]");
		assertThat(names(api.get(ACME_SECOND, PRODUCTS).getBody())).as("colleagues read it").contains(name);
		assertThat(calls.lastAudit(SUPERVISOR, ACME_COMPANY, "PRODUCT_ADDED").path("details").path("name").asText())
			.isEqualTo(name);

		ResponseEntity<JsonNode> changed = calls.put(ACME, PRODUCTS + "/" + id,
				Map.of("name", name, "category", "IMMUNIZATION_DEVICE", "approvals", List.of("WHO_PQ")));
		assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(changed.getBody().path("unspscCode").isNull()).as("left out: cleared").isTrue();
		JsonNode change = calls.lastAudit(SUPERVISOR, ACME_COMPANY, "PRODUCT_CHANGED").path("details");
		assertThat(change.path("id").asText()).isEqualTo(id);
		assertThat(change.path("category").path("old").asText()).isEqualTo("MEDICAL_DEVICE");
		assertThat(change.path("category").path("new").asText()).isEqualTo("IMMUNIZATION_DEVICE");
		assertThat(change.path("unspscCode").path("old").asText()).isEqualTo("42271700");

		assertThat(calls.delete(ACME, PRODUCTS + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(names(api.get(ACME, PRODUCTS).getBody())).doesNotContain(name);
		assertThat(calls.lastAudit(SUPERVISOR, ACME_COMPANY, "PRODUCT_REMOVED").path("details").path("id").asText())
			.isEqualTo(id);
		assertThat(calls.delete(ACME, PRODUCTS + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aProductHasItsRulesAndANameOncePerCompany() {
		String name = unique("Rapid test");
		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("name", "x".repeat(201));
		bad.put("category", null);
		bad.put("unspscCode", "4111613");
		bad.put("notes", "n".repeat(2001));
		ResponseEntity<JsonNode> refused = api.post(ACME, PRODUCTS, bad);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fieldNames(refused.getBody().path("errors"))).containsExactlyInAnyOrder("name", "category",
				"unspscCode", "notes");
		assertThat(api.post(ACME, PRODUCTS, Map.of("name", name, "category", "TOASTER")).getBody().path("errors")
			.has("category")).isTrue();
		assertThat(api.post(ACME, PRODUCTS, Map.of("name", name, "category", "IVD", "approvals", List.of("FDA", "NASA")))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.post(ACME, PRODUCTS, Map.of("name", name, "category", "IVD", "companyId", "sakura-diagnostics"))
			.getBody().path("errors").path("companyId").asText()).isEqualTo("is not a known field");
		assertThat(names(api.get(ACME, PRODUCTS).getBody())).as("nothing was added").doesNotContain(name);

		String id = Api.id(api.post(ACME, PRODUCTS, Map.of("name", name, "category", "IVD")).getBody()).toString();
		assertThat(api.post(ACME, PRODUCTS, Map.of("name", name.toUpperCase(), "category", "IVD")).getStatusCode())
			.as("the same name, whatever its case").isEqualTo(HttpStatus.CONFLICT);
		String other = Api.id(api.post(ACME, PRODUCTS, Map.of("name", unique("Other test"), "category", "IVD")).getBody())
			.toString();
		assertThat(calls.put(ACME, PRODUCTS + "/" + other, Map.of("name", name, "category", "IVD")).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(api.post(SAKURA, PRODUCTS, Map.of("name", name, "category", "IVD")).getStatusCode())
			.as("another company's register").isEqualTo(HttpStatus.CREATED);
		calls.delete(ACME, PRODUCTS + "/" + id);
		calls.delete(ACME, PRODUCTS + "/" + other);
	}

	@Test
	void onlyTheCompanyAdminChangesTheRegisterAndOnlyTheCompanySeesIt() {
		String name = unique("Bed net");
		String id = Api.id(api.post(ACME, PRODUCTS, Map.of("name", name, "category", "VECTOR_CONTROL")).getBody())
			.toString();
		Map<String, Object> product = Map.of("name", name + " (taken)", "category", "VECTOR_CONTROL");

		assertThat(api.post(ACME_SECOND, PRODUCTS, product).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(calls.put(ACME_SECOND, PRODUCTS + "/" + id, product).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(calls.delete(ACME_SECOND, PRODUCTS + "/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(calls.put(SAKURA, PRODUCTS + "/" + id, product).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(calls.delete(SAKURA, PRODUCTS + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(names(api.get(SAKURA, PRODUCTS).getBody())).doesNotContain(name);
		for (String staff : List.of(ADVISOR, SUPERVISOR)) {
			assertThat(api.get(staff, PRODUCTS).getStatusCode()).as(staff).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(api.post(staff, PRODUCTS, product).getStatusCode()).as(staff).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(calls.put(ACME, PRODUCTS + "/" + UUID.randomUUID(), product).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(names(api.get(ACME, PRODUCTS).getBody())).contains(name).doesNotContain(name + " (taken)");
		calls.delete(ACME, PRODUCTS + "/" + id);
	}

	@Test
	void aCaseOpenedFromTheRegisterTakesTheProductsNameAndCategoryAndKeepsTheProduct() {
		String name = unique("Malaria RDT");
		String id = Api.id(api.post(ACME, PRODUCTS, Map.of("name", name, "category", "IVD", "approvals", List.of("CE")))
			.getBody()).toString();

		ResponseEntity<JsonNode> opened = api.post(ACME_SECOND, "/api/cases", Map.of("productId", id, "pathways",
				List.of("WHO_PQ"), "summary", "Our CE-marked malaria RDT, for WHO prequalification."));

		assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
		JsonNode supportCase = opened.getBody();
		assertThat(supportCase.path("productId").asText()).isEqualTo(id);
		assertThat(supportCase.path("productName").asText()).isEqualTo(name);
		assertThat(supportCase.path("productCategory").asText()).isEqualTo("IVD");
		UUID caseId = Api.id(supportCase);
		assertThat(api.caseOf(SUPERVISOR, caseId).path("productId").asText()).isEqualTo(id);
		assertThat(api.get(ACME, "/api/cases?q=" + name).getBody().path("items").get(0).path("productId").asText())
			.as("the list too").isEqualTo(id);

		ResponseEntity<JsonNode> named = api.post(ACME, "/api/cases", Map.of("productId", id, "productName",
				name + " 2nd generation", "productCategory", "MEDICAL_DEVICE", "pathways", List.of("COMPENDIUM"),
				"summary", "The next generation of the same test."));
		assertThat(named.getBody().path("productName").asText()).as("what the inquiry says wins")
			.isEqualTo(name + " 2nd generation");
		assertThat(named.getBody().path("productCategory").asText()).isEqualTo("MEDICAL_DEVICE");
		assertThat(named.getBody().path("productId").asText()).isEqualTo(id);

		ResponseEntity<JsonNode> removal = calls.delete(ACME, PRODUCTS + "/" + id);
		assertThat(removal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(names(api.get(ACME, PRODUCTS).getBody())).contains(name);
		assertThat(api.post(ACME, "/api/cases/" + caseId + "/withdraw", Map.of("reason", "test")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(calls.delete(ACME, PRODUCTS + "/" + id).getStatusCode()).as("closed cases name it still")
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void aCaseCannotNameAnotherCompanysProductOrNoProductAtAll() {
		String sakuras = Api.id(api.post(SAKURA, PRODUCTS, Map.of("name", unique("Sakura HbA1c"), "category", "IVD"))
			.getBody()).toString();
		long before = api.get(SUPERVISOR, "/api/cases?size=1").getBody().path("total").asLong();

		for (String productId : List.of(sakuras, UUID.randomUUID().toString())) {
			ResponseEntity<JsonNode> refused = api.post(ACME, "/api/cases", Map.of("productId", productId, "pathways",
					List.of("WHO_PQ"), "summary", "Someone else's product."));
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(fieldNames(refused.getBody().path("errors"))).containsExactly("productId");
			assertThat(String.valueOf(refused.getBody())).doesNotContain("Sakura HbA1c");
		}
		ResponseEntity<JsonNode> unnamed = api.post(ACME, "/api/cases",
				Map.of("pathways", List.of("WHO_PQ"), "summary", "No product at all."));
		assertThat(fieldNames(unnamed.getBody().path("errors"))).containsExactlyInAnyOrder("productName", "productCategory");
		assertThat(api.post(ACME, "/api/cases", Map.of("productId", "not-a-uuid", "productName", "x", "productCategory",
				"IVD", "pathways", List.of("WHO_PQ"), "summary", "x")).getBody().path("errors").has("productId")).isTrue();
		assertThat(api.get(SUPERVISOR, "/api/cases?size=1").getBody().path("total").asLong()).as("no case opened")
			.isEqualTo(before);
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static List<String> names(JsonNode list) {
		List<String> names = new ArrayList<>();
		list.path("items").forEach(item -> names.add(item.path("name").asText()));
		return names;
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

}
