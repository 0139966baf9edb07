package jp.procurementdesk.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.companies.ProductDraft;
import jp.procurementdesk.companies.ProfileChange;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The module's inputs refused field by field, with the codes the message bundles word. */
class CompanyInputsTest {

	static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	final Inputs inputs = new Inputs(VALIDATION.getValidator());

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	@Test
	void eachRefusedFieldIsNamedByItsPath() {
		Set<String> prefixes = new LinkedHashSet<>(List.of("4214", "4", "123456789", "42x"));
		ProfileChange change = new ProfileChange(" ", "x".repeat(201), null, null, Set.of(), null, null, null,
				new ProfileChange.Interests(null, null, prefixes));

		assertThat(problems(change)).containsEntry("name", new Problem("required"))
			.containsEntry("nameJa", new Problem("too-long", 200))
			.containsEntry("country", new Problem("required"))
			.containsEntry("productCategories", new Problem("required"))
			.containsEntry("interests.unspscPrefixes", new Problem("company-unspsc-prefix"))
			.hasSize(5);
	}

	@Test
	void aProductHasAnEightDigitCodeOrNone() {
		assertThat(problems(new ProductDraft("Test", ProductCategory.IVD, "4111613", null, null)))
			.isEqualTo(Map.of("unspscCode", new Problem("product-unspsc-code")));
		assertThat(problems(new ProductDraft(null, null, "41116133", null, "n".repeat(2001))))
			.isEqualTo(Map.of("name", new Problem("required"), "category", new Problem("required"), "notes",
					new Problem("too-long", 2000)));
		inputs.check(new ProductDraft("Test", ProductCategory.IVD, null, null, null));
	}

	@Test
	void noBodyIsRefusedAsAWhole() {
		assertThat(problems(null)).isEqualTo(Map.of("body", new Problem("required")));
	}

	private Map<String, Problem> problems(Object input) {
		try {
			inputs.check(input);
		}
		catch (InvalidInputException invalid) {
			return invalid.problems();
		}
		throw new AssertionError("accepted: " + input);
	}

}
