package jp.procurementdesk.companies.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.companies.CompanyStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A client company of the desk; {@code id} is the {@code company_id} claim of its users. The
 * profile comes from its registration and is kept by its company-admin; the status by the
 * supervisors. {@code version} makes a concurrent edit fail instead of overwriting.
 */
@Entity
@Table(name = "company")
class Company {

	@Id
	private String id;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_ja")
	private String nameJa;

	@Column(nullable = false)
	private String country;

	@Column(name = "corporate_number")
	private String corporateNumber;

	private String website;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompanyStatus status = CompanyStatus.ACTIVE;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "product_categories", nullable = false)
	private Set<ProductCategory> productCategories = new LinkedHashSet<>();

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private Set<TargetAgency> agencies = new LinkedHashSet<>();

	@Column(name = "ungm_vendor_id")
	private String ungmVendorId;

	@Column(name = "ungm_level")
	private String ungmLevel;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "interest_categories", nullable = false)
	private Set<ProductCategory> interestCategories = new LinkedHashSet<>();

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "interest_agencies", nullable = false)
	private Set<TargetAgency> interestAgencies = new LinkedHashSet<>();

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "interest_unspsc", nullable = false)
	private Set<String> interestUnspsc = new LinkedHashSet<>();

	@Column(name = "registration_id", updatable = false)
	private UUID registrationId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private long version;

	protected Company() {
	}

	/** A new, active company, as an approved registration creates it. */
	Company(String id, String name, String country, UUID registrationId, OffsetDateTime now) {
		this.id = id;
		this.name = name;
		this.country = country;
		this.registrationId = registrationId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	String getId() {
		return id;
	}

	String getName() {
		return name;
	}

	void setName(String name) {
		this.name = name;
	}

	String getNameJa() {
		return nameJa;
	}

	void setNameJa(String nameJa) {
		this.nameJa = nameJa;
	}

	String getCountry() {
		return country;
	}

	void setCountry(String country) {
		this.country = country;
	}

	String getCorporateNumber() {
		return corporateNumber;
	}

	void setCorporateNumber(String corporateNumber) {
		this.corporateNumber = corporateNumber;
	}

	String getWebsite() {
		return website;
	}

	void setWebsite(String website) {
		this.website = website;
	}

	CompanyStatus getStatus() {
		return status;
	}

	void setStatus(CompanyStatus status) {
		this.status = status;
	}

	Set<ProductCategory> getProductCategories() {
		return productCategories;
	}

	void setProductCategories(Set<ProductCategory> productCategories) {
		this.productCategories = new LinkedHashSet<>(productCategories);
	}

	Set<TargetAgency> getAgencies() {
		return agencies;
	}

	void setAgencies(Set<TargetAgency> agencies) {
		this.agencies = new LinkedHashSet<>(agencies);
	}

	String getUngmVendorId() {
		return ungmVendorId;
	}

	void setUngmVendorId(String ungmVendorId) {
		this.ungmVendorId = ungmVendorId;
	}

	String getUngmLevel() {
		return ungmLevel;
	}

	void setUngmLevel(String ungmLevel) {
		this.ungmLevel = ungmLevel;
	}

	Set<ProductCategory> getInterestCategories() {
		return interestCategories;
	}

	void setInterestCategories(Set<ProductCategory> interestCategories) {
		this.interestCategories = new LinkedHashSet<>(interestCategories);
	}

	Set<TargetAgency> getInterestAgencies() {
		return interestAgencies;
	}

	void setInterestAgencies(Set<TargetAgency> interestAgencies) {
		this.interestAgencies = new LinkedHashSet<>(interestAgencies);
	}

	Set<String> getInterestUnspsc() {
		return interestUnspsc;
	}

	void setInterestUnspsc(Set<String> interestUnspsc) {
		this.interestUnspsc = new LinkedHashSet<>(interestUnspsc);
	}

	UUID getRegistrationId() {
		return registrationId;
	}

	OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	OffsetDateTime getUpdatedAt() {
		return updatedAt;
	}

	void touched(OffsetDateTime now) {
		this.updatedAt = now;
	}

	long getVersion() {
		return version;
	}

}
