package jp.procurementdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The open-a-case form's rules, as the page shows them next to the fields (the constraint
 * names are the message codes): no Spring, no Keycloak.
 */
class InquiryFormValidationTest {

	static ValidatorFactory factory;

	static Validator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void aCompleteFormIsValid() {
		assertThat(validator.validate(complete())).isEmpty();
	}

	@Test
	void anEmptyFormNamesEveryRequiredField() {
		assertThat(errors(new InquiryForm())).isEqualTo(Map.of("productName", "NotBlank", "productCategory", "NotNull",
				"pathways", "NotEmpty", "summary", "NotBlank"));
	}

	@Test
	void blankTextIsNoText() {
		InquiryForm form = complete();
		form.setProductName("   ");
		form.setSummary("\t");

		assertThat(errors(form)).isEqualTo(Map.of("productName", "NotBlank", "summary", "NotBlank"));
	}

	@Test
	void textsHaveTheirLimits() {
		InquiryForm form = complete();
		form.setProductName("x".repeat(200));
		form.setSummary("y".repeat(4000));
		assertThat(errors(form)).isEmpty();

		form.setProductName("x".repeat(201));
		form.setSummary("y".repeat(4001));
		assertThat(errors(form)).isEqualTo(Map.of("productName", "Size", "summary", "Size"));
	}

	@Test
	void noTickedCheckboxIsAnEmptySetNotNull() {
		InquiryForm form = complete();
		form.setPathways(null);
		form.setTargetAgencies(null);

		assertThat(form.getTargetAgencies()).isEmpty();
		assertThat(errors(form)).isEqualTo(Map.of("pathways", "NotEmpty"));
	}

	@Test
	void aQuestionMayNameNoPathwayAndTheApiAgrees() {
		InquiryForm form = complete();
		form.setKind(CaseKind.QUESTION);
		form.setPathways(null);

		assertThat(errors(form)).isEmpty();
		assertThat(form.toInquiry().kind()).isEqualTo(CaseKind.QUESTION);
		assertThat(validator.validate(form.toInquiry())).as("the API's rule agrees").isEmpty();

		form.setKind(CaseKind.SUPPORT);
		assertThat(errors(form)).isEqualTo(Map.of("pathways", "NotEmpty"));
		assertThat(validator.validate(form.toInquiry())).extracting(violation -> violation.getPropertyPath().toString())
			.as("the API's rule agrees")
			.containsExactly("pathways");
	}

	@Test
	void withoutAKindTheInquiryIsSupport() {
		InquiryForm form = complete();
		form.setKind(null);

		assertThat(form.toInquiry().kind()).isEqualTo(CaseKind.SUPPORT);
	}

	@Test
	void theFormBecomesTheSameInquiryTheApiTakes() {
		InquiryForm form = complete();

		assertThat(form.toInquiry().productName()).isEqualTo("Rapid malaria test");
		assertThat(form.toInquiry().pathways()).containsExactly(Pathway.WHO_PQ);
		assertThat(validator.validate(form.toInquiry())).isEmpty();
	}

	private static InquiryForm complete() {
		InquiryForm form = new InquiryForm();
		form.setProductName("Rapid malaria test");
		form.setProductCategory(ProductCategory.IVD);
		form.setPathways(EnumSet.of(Pathway.WHO_PQ));
		form.setTargetAgencies(EnumSet.of(TargetAgency.UNICEF));
		form.setSummary("We want to supply UN agencies.");
		return form;
	}

	@Test
	void aProductOfTheRegisterLendsItsNameAndCategory() {
		InquiryForm form = complete();
		form.setProductName(" ");
		form.setProductCategory(null);
		form.setProductId(UUID.randomUUID());

		assertThat(errors(form)).isEmpty();
		assertThat(form.toInquiry().productId()).isEqualTo(form.getProductId());
		assertThat(validator.validate(form.toInquiry())).as("the API's rule agrees").isEmpty();
		form.setProductId(null);
		assertThat(errors(form)).isEqualTo(Map.of("productName", "NotBlank", "productCategory", "NotNull"));
		assertThat(validator.validate(form.toInquiry())).extracting(violation -> violation.getPropertyPath().toString())
			.as("the API's rule agrees")
			.containsExactlyInAnyOrder("productName", "productCategory");
	}

	/**
	 * Field -> the failed constraint's name (the message code the page resolves): the
	 * annotations, then the page's rule for a product not picked from the register.
	 */
	private static Map<String, String> errors(InquiryForm form) {
		Set<ConstraintViolation<InquiryForm>> violations = validator.validate(form);
		Map<String, String> errors = new TreeMap<>();
		violations.forEach(violation -> errors.put(violation.getPropertyPath().toString(),
				violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
		BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "inquiry");
		violations.forEach(violation -> binding.rejectValue(violation.getPropertyPath().toString(), "violated"));
		form.rejectUnnamedProduct(binding);
		form.rejectMissingPathway(binding);
		binding.getFieldErrors()
			.stream()
			.filter(error -> !error.getCode().equals("violated"))
			.forEach(error -> errors.put(error.getField(), error.getCode()));
		return errors;
	}

}
