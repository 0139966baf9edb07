package jp.procurementdesk.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.companies.RegistrationRequest;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The registration's rules: each field's annotations (Bean Validation) and the rules across
 * fields ({@link RegistrationRequestValidator}), as the registration endpoint will apply both.
 */
class RegistrationRequestValidatorTest {

	static final String TOYOTA = "1180301018771";

	static ValidatorFactory factory;

	static Validator beanValidation;

	final RegistrationRequestValidator rules = new RegistrationRequestValidator();

	@BeforeAll
	static void startBeanValidation() {
		factory = Validation.byDefaultProvider().configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.buildValidatorFactory();
		beanValidation = factory.getValidator();
	}

	@AfterAll
	static void stopBeanValidation() {
		factory.close();
	}

	static RegistrationRequest japanese() {
		return new RegistrationRequest("Sakura Medical K.K.", "さくらメディカル株式会社", "JP", TOYOTA,
				"https://sakura-medical.example.jp", EnumSet.of(ProductCategory.IVD, ProductCategory.MEDICAL_DEVICE),
				"Hanako Yamada", "hanako.yamada@sakura-medical.example.jp", true);
	}

	static RegistrationRequest german() {
		return new RegistrationRequest("Rhein Diagnostics GmbH", null, "DE", null, null,
				EnumSet.of(ProductCategory.VACCINE), "Jonas Weber", "j.weber@rhein-diagnostics.example.de", true);
	}

	@Test
	void completeRequestsPass() {
		assertThat(problems(japanese())).isEmpty();
		assertThat(problems(german())).isEmpty();
	}

	@Test
	void japanNeedsACorporateNumber() {
		assertThat(problems(with(japanese(), "JP", null, "https://sakura-medical.example.jp")))
			.containsExactly(Map.entry("corporateNumber", "required"));
		assertThat(problems(with(japanese(), "JP", " ", "https://sakura-medical.example.jp")))
			.containsExactly(Map.entry("corporateNumber", "required"));
	}

	@Test
	void aCorporateNumberNeedsItsCheckDigitWhereverTheCompanyIs() {
		assertThat(problems(with(japanese(), "JP", "2180301018771", null)))
			.containsExactly(Map.entry("corporateNumber", "corporate-number"));
		assertThat(problems(with(german(), "DE", "118030101877", null)))
			.containsExactly(Map.entry("corporateNumber", "corporate-number"));
		assertThat(problems(with(german(), "DE", TOYOTA, null))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hanako <script>", "Yamada & Co", "Hanako (sales)", "Yamada; Hanako", "A=B" })
	void theContactsNameIsOneKeycloakTakesForAPerson(String name) {
		RegistrationRequest request = japanese();
		RegistrationRequest refused = new RegistrationRequest(request.companyName(), request.companyNameJa(),
				request.country(), request.corporateNumber(), request.website(), request.productCategories(), name,
				request.contactEmail(), true);
		assertThat(problems(refused)).containsExactly(Map.entry("contactName", "account-name"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "山田 花子", "Hanako Yamada", "O'Brien-Smith", "Dr. Jürgen Müller" })
	void ordinaryNamesPass(String name) {
		RegistrationRequest request = japanese();
		assertThat(problems(new RegistrationRequest(request.companyName(), request.companyNameJa(), request.country(),
				request.corporateNumber(), request.website(), request.productCategories(), name, request.contactEmail(),
				true))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "jp", "JPN", "XX", "Japan" })
	void theCountryIsAnIsoCode(String country) {
		assertThat(problems(with(german(), country, null, null))).containsExactly(Map.entry("country", "country"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://sakura-medical.example.jp", "ftp://sakura-medical.example.jp",
			"sakura-medical.example.jp", "https://", "https:///path", "https://user@sakura-medical.example.jp",
			"javascript:alert(1)", "https://exa mple.jp" })
	void theWebsiteIsAnHttpsAddress(String website) {
		assertThat(problems(with(japanese(), "JP", TOYOTA, website))).containsExactly(Map.entry("website", "https-url"));
	}

	@Test
	void theTermsMustBeAccepted() {
		RegistrationRequest request = japanese();
		RegistrationRequest refused = new RegistrationRequest(request.companyName(), request.companyNameJa(),
				request.country(), request.corporateNumber(), request.website(), request.productCategories(),
				request.contactName(), request.contactEmail(), false);
		assertThat(problems(refused)).containsExactly(Map.entry("acceptTerms", "AssertTrue"));
	}

	@Test
	void atLeastOneProductCategoryOfTheCases() {
		RegistrationRequest request = german();
		assertThat(problems(categories(request, Set.of()))).containsExactly(Map.entry("productCategories", "NotEmpty"));
		assertThat(problems(categories(request, null))).containsExactly(Map.entry("productCategories", "NotEmpty"));
		Set<ProductCategory> withNull = new HashSet<>();
		withNull.add(null);
		assertThat(problems(categories(request, withNull)))
			.containsExactly(Map.entry("productCategories[].<iterable element>", "NotNull"));
	}

	@Test
	void namesAndContactFollowTheirFieldRules() {
		RegistrationRequest bad = new RegistrationRequest(" ", "", "", null, null, EnumSet.of(ProductCategory.IVD),
				"x".repeat(101), "not-an-address", true);
		assertThat(problems(bad)).containsOnlyKeys("companyName", "companyNameJa", "country", "contactName",
				"contactEmail");
		RegistrationRequest blankJa = new RegistrationRequest("Sakura", "  ", "DE", null, null,
				EnumSet.of(ProductCategory.IVD), "Hanako", "hanako@sakura.example.jp", true);
		assertThat(problems(blankJa)).containsExactly(Map.entry("companyNameJa", "required"));
		RegistrationRequest longName = new RegistrationRequest("x".repeat(201), null, "DE", null, null,
				EnumSet.of(ProductCategory.IVD), "Hanako", "hanako@sakura.example.jp", true);
		assertThat(problems(longName)).containsExactly(Map.entry("companyName", "Size"));
	}

	@Test
	void validatesRegistrationRequestsOnly() {
		assertThat(rules.supports(RegistrationRequest.class)).isTrue();
		assertThat(rules.supports(String.class)).isFalse();
	}

	// ---------------------------------------------------------------- helpers

	/** Field -> code of each problem: Bean Validation's constraint names, the validator's codes. */
	private Map<String, String> problems(RegistrationRequest request) {
		Map<String, String> problems = new TreeMap<>();
		for (ConstraintViolation<RegistrationRequest> violation : beanValidation.validate(request)) {
			problems.put(violation.getPropertyPath().toString(),
					violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
		}
		Errors errors = rules.validateObject(request);
		List<FieldError> fieldErrors = errors.getFieldErrors();
		fieldErrors.forEach(error -> problems.putIfAbsent(error.getField(), error.getCode()));
		return problems;
	}

	private static RegistrationRequest with(RegistrationRequest request, String country, String corporateNumber,
			String website) {
		return new RegistrationRequest(request.companyName(), request.companyNameJa(), country, corporateNumber,
				website, request.productCategories(), request.contactName(), request.contactEmail(),
				request.acceptTerms());
	}

	private static RegistrationRequest categories(RegistrationRequest request, Set<ProductCategory> categories) {
		return new RegistrationRequest(request.companyName(), request.companyNameJa(), request.country(),
				request.corporateNumber(), request.website(), categories, request.contactName(),
				request.contactEmail(), request.acceptTerms());
	}

}
