package jp.procurementdesk.web;

import java.util.EnumSet;
import java.util.Set;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.companies.RegistrationRequest;

/**
 * The registration page's form as the browser posts it; the companies module checks it, by
 * the same rules as the API ({@link RegistrationRequest}).
 */
public class RegistrationForm {

	private String companyName;

	private String companyNameJa;

	private String country;

	private String corporateNumber;

	private String website;

	private Set<ProductCategory> productCategories = EnumSet.noneOf(ProductCategory.class);

	private String contactName;

	private String contactEmail;

	private boolean acceptTerms;

	RegistrationRequest toRequest() {
		return new RegistrationRequest(companyName, blankToNull(companyNameJa), country, blankToNull(corporateNumber),
				blankToNull(website), productCategories, contactName, contactEmail, acceptTerms);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	public String getCompanyName() {
		return companyName;
	}

	public void setCompanyName(String companyName) {
		this.companyName = companyName;
	}

	public String getCompanyNameJa() {
		return companyNameJa;
	}

	public void setCompanyNameJa(String companyNameJa) {
		this.companyNameJa = companyNameJa;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getCorporateNumber() {
		return corporateNumber;
	}

	public void setCorporateNumber(String corporateNumber) {
		this.corporateNumber = corporateNumber;
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
		this.productCategories = productCategories == null ? EnumSet.noneOf(ProductCategory.class)
				: productCategories;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public boolean isAcceptTerms() {
		return acceptTerms;
	}

	public void setAcceptTerms(boolean acceptTerms) {
		this.acceptTerms = acceptTerms;
	}

}
