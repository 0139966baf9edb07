package jp.procurementdesk.opportunities;

import java.util.List;
import java.util.Set;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.companies.CompanyProfile.Interests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityMatchingTest {

	static final Interests IVD_FOR_UNICEF = new Interests(Set.of(ProductCategory.IVD), Set.of(TargetAgency.UNICEF),
			Set.of("4127"));

	static final Interests ANYTHING = new Interests(Set.of(), Set.of(), Set.of());

	@Test
	void aNoticeForTheCompanysCategoryAgencyAndCodeMatches() {
		assertThat(OpportunityMatching.matches(Set.of(ProductCategory.IVD, ProductCategory.VACCINE), TargetAgency.UNICEF,
				List.of("41271500"), IVD_FOR_UNICEF)).isTrue();
	}

	@Test
	void anotherCategoryAgencyOrCodeDoesNot() {
		assertThat(OpportunityMatching.matches(Set.of(ProductCategory.VACCINE), TargetAgency.UNICEF, List.of(),
				IVD_FOR_UNICEF)).as("category").isFalse();
		assertThat(OpportunityMatching.matches(Set.of(), TargetAgency.UNDP, List.of(), IVD_FOR_UNICEF)).as("agency")
			.isFalse();
		assertThat(OpportunityMatching.matches(Set.of(), null, List.of("42131600", "51101500"), IVD_FOR_UNICEF))
			.as("code")
			.isFalse();
	}

	@Test
	void whatANoticeLeavesOpenMatchesEveryone() {
		assertThat(OpportunityMatching.matches(Set.of(), null, List.of(), IVD_FOR_UNICEF)).isTrue();
	}

	@Test
	void aCompanyWithoutInterestsHearsOfEverything() {
		assertThat(OpportunityMatching.matches(Set.of(ProductCategory.MEDICINE), TargetAgency.GLOBAL_FUND,
				List.of("51101500"), ANYTHING)).isTrue();
	}

	@Test
	void onlyWhenBothHaveCodesDoTheyCount() {
		Interests noCodes = new Interests(Set.of(ProductCategory.IVD), Set.of(), Set.of());
		assertThat(OpportunityMatching.matches(Set.of(ProductCategory.IVD), null, List.of("42131600"), noCodes)).isTrue();
	}

}
