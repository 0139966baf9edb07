package jp.procurementdesk.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.companies.CompanyProfile;
import jp.procurementdesk.companies.ProfileChange;
import jp.procurementdesk.companies.UngmLevel;

/**
 * The company-admin's profile form as the browser posts it: the interests' UNSPSC prefixes as
 * the families ticked in the offered list ({@code interestFamilies}, 4-digit prefixes) plus any
 * other prefix typed as one text ("4214, 42221501"), the version the form was made on as a hidden field. The rules are
 * the module's ({@link ProfileChange}).
 */
public class ProfileForm {

	private String name;

	private String nameJa;

	private String country;

	private String website;

	private Set<ProductCategory> productCategories = EnumSet.noneOf(ProductCategory.class);

	private Set<TargetAgency> agencies = EnumSet.noneOf(TargetAgency.class);

	private String ungmVendorId;

	private UngmLevel ungmLevel;

	private Set<ProductCategory> interestCategories = EnumSet.noneOf(ProductCategory.class);

	private Set<TargetAgency> interestAgencies = EnumSet.noneOf(TargetAgency.class);

	private Set<String> interestFamilies = new LinkedHashSet<>();

	private String interestUnspsc;

	private long version;

	/** The profile's values; the prefixes among {@code offered} are ticked, the others typed. */
	static ProfileForm of(CompanyProfile profile, Set<String> offered) {
		ProfileForm form = new ProfileForm();
		form.name = profile.name();
		form.nameJa = profile.nameJa();
		form.country = profile.country();
		form.website = profile.website();
		form.setProductCategories(profile.productCategories());
		form.setAgencies(profile.agencies());
		form.ungmVendorId = profile.ungmVendorId();
		form.ungmLevel = profile.ungmLevel();
		form.setInterestCategories(profile.interests().categories());
		form.setInterestAgencies(profile.interests().agencies());
		profile.interests().unspscPrefixes().stream().filter(offered::contains).forEach(form.interestFamilies::add);
		form.interestUnspsc = String.join(", ",
				profile.interests().unspscPrefixes().stream().filter(prefix -> !offered.contains(prefix)).toList());
		form.version = profile.version();
		return form;
	}

	ProfileChange toChange() {
		Set<String> prefixes = new LinkedHashSet<>(interestFamilies);
		if (interestUnspsc != null) {
			Arrays.stream(interestUnspsc.split("[,\\s、]+"))
				.filter(prefix -> !prefix.isBlank())
				.collect(Collectors.toCollection(() -> prefixes));
		}
		return new ProfileChange(name, nameJa, country, website, productCategories, agencies, ungmVendorId, ungmLevel,
				new ProfileChange.Interests(interestCategories, interestAgencies, prefixes));
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameJa() {
		return nameJa;
	}

	public void setNameJa(String nameJa) {
		this.nameJa = nameJa;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public Set<ProductCategory> getProductCategories() {
		return productCategories;
	}

	public void setProductCategories(Set<ProductCategory> productCategories) {
		this.productCategories = copy(productCategories, ProductCategory.class);
	}

	public Set<TargetAgency> getAgencies() {
		return agencies;
	}

	public void setAgencies(Set<TargetAgency> agencies) {
		this.agencies = copy(agencies, TargetAgency.class);
	}

	public String getUngmVendorId() {
		return ungmVendorId;
	}

	public void setUngmVendorId(String ungmVendorId) {
		this.ungmVendorId = ungmVendorId;
	}

	public UngmLevel getUngmLevel() {
		return ungmLevel;
	}

	public void setUngmLevel(UngmLevel ungmLevel) {
		this.ungmLevel = ungmLevel;
	}

	public Set<ProductCategory> getInterestCategories() {
		return interestCategories;
	}

	public void setInterestCategories(Set<ProductCategory> interestCategories) {
		this.interestCategories = copy(interestCategories, ProductCategory.class);
	}

	public Set<TargetAgency> getInterestAgencies() {
		return interestAgencies;
	}

	public void setInterestAgencies(Set<TargetAgency> interestAgencies) {
		this.interestAgencies = copy(interestAgencies, TargetAgency.class);
	}

	public Set<String> getInterestFamilies() {
		return interestFamilies;
	}

	public void setInterestFamilies(Set<String> interestFamilies) {
		this.interestFamilies = new LinkedHashSet<>();
		if (interestFamilies != null) {
			interestFamilies.stream().filter(prefix -> prefix != null && !prefix.isBlank()).forEach(this.interestFamilies::add);
		}
	}

	public String getInterestUnspsc() {
		return interestUnspsc;
	}

	public void setInterestUnspsc(String interestUnspsc) {
		this.interestUnspsc = interestUnspsc;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** No ticked checkbox is an empty set, not null. */
	private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
		Set<E> copy = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(value -> value != null).forEach(copy::add);
		}
		return copy;
	}

}
