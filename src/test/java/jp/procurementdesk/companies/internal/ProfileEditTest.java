package jp.procurementdesk.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.companies.CompanyProfile;
import jp.procurementdesk.companies.ProfileChange;
import jp.procurementdesk.companies.UngmLevel;
import jp.procurementdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A profile change applied field by field: what the audit trail records, and the rules across fields. */
class ProfileEditTest {

	@Test
	void onlyWhatChangedIsRecordedWithItsOldAndNewValue() {
		Company company = acme();
		ProfileChange change = new ProfileChange(" Acme Medical Devices Ltd ", "アクメ", "JP", "", Set.of(ProductCategory.IVD,
				ProductCategory.MEDICAL_DEVICE), Set.of(TargetAgency.UNICEF), "512345", UngmLevel.LEVEL_2,
				new ProfileChange.Interests(Set.of(ProductCategory.IVD), Set.of(), new LinkedHashSet<>(List.of("4229", "42"))));

		Map<String, Object> changes = ProfileEdit.apply(company, change);

		assertThat(changes).containsOnlyKeys("name", "website", "productCategories", "ungmLevel", "interests.categories",
				"interests.unspscPrefixes");
		assertThat(changes.get("name")).isEqualTo(Map.of("old", "Acme Medical Devices", "new", "Acme Medical Devices Ltd"));
		@SuppressWarnings("unchecked")
		Map<String, Object> website = (Map<String, Object>) changes.get("website");
		assertThat(website).containsEntry("old", "https://acme.example.com").containsEntry("new", null);
		assertThat(changes.get("productCategories"))
			.isEqualTo(Map.of("old", List.of("MEDICAL_DEVICE"), "new", List.of("IVD", "MEDICAL_DEVICE")));
		assertThat(changes.get("interests.unspscPrefixes")).isEqualTo(Map.of("old", List.of("4214"), "new", List.of("42", "4229")));
		CompanyProfile after = CompanyViews.profile(company);
		assertThat(after.name()).isEqualTo("Acme Medical Devices Ltd");
		assertThat(after.website()).isNull();
		assertThat(after.ungmLevel()).isEqualTo(UngmLevel.LEVEL_2);
		assertThat(after.interests().unspscPrefixes()).containsExactly("42", "4229");
	}

	@Test
	void theSameProfileChangesNothing() {
		Company company = acme();
		CompanyProfile before = CompanyViews.profile(company);

		Map<String, Object> changes = ProfileEdit.apply(company, new ProfileChange(before.name(), before.nameJa(),
				before.country(), before.website(), before.productCategories(), before.agencies(), before.ungmVendorId(),
				before.ungmLevel(), new ProfileChange.Interests(before.interests().categories(),
						before.interests().agencies(), before.interests().unspscPrefixes())));

		assertThat(changes).isEmpty();
	}

	@Test
	void aCompanyInJapanKeepsItsCorporateNumber() {
		Company foreign = new Company("kiwi-labs", "Kiwi Labs", "NZ", null, OffsetDateTime.now());

		assertThatThrownBy(() -> ProfileRules.check(change("JP", null), foreign))
			.isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems().get("country")
				.code()).isEqualTo("company-corporate-number-needed"));
		ProfileRules.check(change("NZ", null), foreign);
		ProfileRules.check(change("JP", null), acme());
	}

	@Test
	void theCountryIsAnIsoCodeAndTheWebsiteHttps() {
		assertThatThrownBy(() -> ProfileRules.check(change("Japan", "http://acme.example.com"), acme()))
			.isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
				.containsOnlyKeys("country", "website"));
		assertThatThrownBy(() -> ProfileRules.check(change("jp", "https://user@acme.example.com"), acme()))
			.isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
				.containsOnlyKeys("country", "website"));
		ProfileRules.check(change("JP", " https://acme.example.com/about "), acme());
	}

	private static ProfileChange change(String country, String website) {
		return new ProfileChange("Acme", null, country, website, Set.of(ProductCategory.IVD), null, null, null, null);
	}

	private static Company acme() {
		Company company = new Company("acme-medical", "Acme Medical Devices", "JP", null, OffsetDateTime.now());
		company.setNameJa("アクメ");
		company.setCorporateNumber("9010401012345");
		company.setWebsite("https://acme.example.com");
		company.setProductCategories(Set.of(ProductCategory.MEDICAL_DEVICE));
		company.setAgencies(Set.of(TargetAgency.UNICEF));
		company.setUngmVendorId("512345");
		company.setUngmLevel("LEVEL_1");
		company.setInterestUnspsc(Set.of("4214"));
		return company;
	}

}
