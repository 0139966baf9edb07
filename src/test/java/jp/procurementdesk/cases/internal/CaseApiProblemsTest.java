package jp.procurementdesk.cases.internal;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import jp.procurementdesk.cases.Cases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The fast tier: the case API's answers to bad input, as a client reads them (status,
 * problem details, the field named in {@code errors}), in a web slice with the case service
 * mocked and a token made up in the test; no database, no Keycloak, no engine.
 */
@WebMvcTest(CaseController.class)
class CaseApiProblemsTest {

	static final String VALID = """
			{"productName":"Rapid malaria test","productCategory":"IVD","pathways":["WHO_PQ"],
			 "targetAgencies":["UNICEF"],"summary":"We want to supply UN agencies."}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Cases cases;

	@Test
	void notJsonAtAllIsA400NamingTheBody() throws Exception {
		mvc.perform(openCase("this is not JSON"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors.body").value("is not valid JSON of the expected shape"));
		verifyNoInteractions(cases);
	}

	@Test
	void anUnknownFieldIsNamed() throws Exception {
		mvc.perform(openCase(VALID.replace("\"summary\"", "\"priority\":\"HIGH\",\"summary\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.priority").value("is not a known field"));
		verifyNoInteractions(cases);
	}

	@Test
	void aValueOutsideTheVocabularyIsNamedWithTheValue() throws Exception {
		mvc.perform(openCase(VALID.replace("\"IVD\"", "\"TOASTER\"")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.productCategory").value(containsString("TOASTER")));
		verifyNoInteractions(cases);
	}

	@Test
	void aFieldOfTheWrongTypeIsNamed() throws Exception {
		mvc.perform(openCase(VALID.replace("[\"WHO_PQ\"]", "{\"WHO_PQ\":true}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasKey("pathways")));
		verifyNoInteractions(cases);
	}

	@Test
	void missingAndBlankFieldsAreNamedOneByOne() throws Exception {
		mvc.perform(openCase("""
				{"productName":"  ","pathways":[],"summary":"x"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors", hasKey("productName")))
			.andExpect(jsonPath("$.errors", hasKey("productCategory")))
			.andExpect(jsonPath("$.errors", hasKey("pathways")))
			.andExpect(jsonPath("$.errors", not(hasKey("summary"))));
		verifyNoInteractions(cases);
	}

	@Test
	void aTooLongProductNameIsNamed() throws Exception {
		mvc.perform(openCase(VALID.replace("Rapid malaria test", "x".repeat(201))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasKey("productName")));
		verifyNoInteractions(cases);
	}

	@Test
	void anEmptyIdempotencyKeyIsRefused() throws Exception {
		mvc.perform(openCase(VALID).header("Idempotency-Key", " "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasKey("Idempotency-Key")));
		verifyNoInteractions(cases);
	}

	private static MockHttpServletRequestBuilder openCase(String body) {
		return post("/api/cases").with(jwt().jwt(token -> token.claim("preferred_username", ACME)
			.claim("company_id", ACME_COMPANY)
			.claim("realm_access", Map.of("roles", List.of("company")))))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
