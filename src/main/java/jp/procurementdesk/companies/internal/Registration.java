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
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.companies.RegistrationStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A company's registration (table {@code registration}), from the public page to its review.
 * Only the hash of the verification token is kept; it is cleared once the token is used.
 */
@Entity
@Table(name = "registration")
class Registration {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegistrationStatus status;

	@Column(name = "company_name", nullable = false)
	private String companyName;

	@Column(name = "company_name_ja")
	private String companyNameJa;

	@Column(nullable = false)
	private String country;

	@Column(name = "corporate_number")
	private String corporateNumber;

	private String website;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "product_categories", nullable = false)
	private Set<ProductCategory> productCategories = new LinkedHashSet<>();

	@Column(name = "contact_name", nullable = false)
	private String contactName;

	@Column(name = "contact_email", nullable = false)
	private String contactEmail;

	@Column(name = "contact_locale", nullable = false)
	private String contactLocale;

	@Column(name = "email_domain", nullable = false)
	private String emailDomain;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "token_expires_at")
	private OffsetDateTime tokenExpiresAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private OffsetDateTime createdAt;

	@Column(name = "verified_at")
	private OffsetDateTime verifiedAt;

	@Column(name = "decided_at")
	private OffsetDateTime decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "company_id")
	private String companyId;

	private String note;

	@Column(name = "delete_after")
	private OffsetDateTime deleteAfter;

	protected Registration() {
	}

	/** A new registration whose contact has not opened the link yet; deleted when the link expires. */
	Registration(UUID id, ContactDetails details, String tokenHash, OffsetDateTime now, OffsetDateTime expiresAt) {
		this.id = id;
		this.status = RegistrationStatus.EMAIL_UNVERIFIED;
		this.companyName = details.companyName();
		this.companyNameJa = details.companyNameJa();
		this.country = details.country();
		this.corporateNumber = details.corporateNumber();
		this.website = details.website();
		this.productCategories = new LinkedHashSet<>(details.productCategories());
		this.contactName = details.contactName();
		this.contactEmail = details.contactEmail();
		this.contactLocale = details.contactLocale();
		this.emailDomain = details.emailDomain();
		this.tokenHash = tokenHash;
		this.tokenExpiresAt = expiresAt;
		this.createdAt = now;
		this.deleteAfter = expiresAt;
	}

	/** The link was opened: the token is used up, the registration waits for review and stays. */
	void verified(OffsetDateTime now) {
		status = RegistrationStatus.AWAITING_REVIEW;
		tokenHash = null;
		tokenExpiresAt = null;
		verifiedAt = now;
		deleteAfter = null;
	}

	void approved(String newCompanyId, String supervisor, OffsetDateTime now) {
		status = RegistrationStatus.APPROVED;
		companyId = newCompanyId;
		decided(supervisor, now);
	}

	void rejected(String reason, String supervisor, OffsetDateTime now, OffsetDateTime keepUntil) {
		status = RegistrationStatus.REJECTED;
		note = reason;
		deleteAfter = keepUntil;
		decided(supervisor, now);
	}

	private void decided(String supervisor, OffsetDateTime now) {
		decidedBy = supervisor;
		decidedAt = now;
	}

	UUID getId() {
		return id;
	}

	RegistrationStatus getStatus() {
		return status;
	}

	String getCompanyName() {
		return companyName;
	}

	String getCompanyNameJa() {
		return companyNameJa;
	}

	String getCountry() {
		return country;
	}

	String getCorporateNumber() {
		return corporateNumber;
	}

	String getWebsite() {
		return website;
	}

	Set<ProductCategory> getProductCategories() {
		return productCategories;
	}

	String getContactName() {
		return contactName;
	}

	String getContactEmail() {
		return contactEmail;
	}

	String getContactLocale() {
		return contactLocale;
	}

	String getEmailDomain() {
		return emailDomain;
	}

	OffsetDateTime getTokenExpiresAt() {
		return tokenExpiresAt;
	}

	OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	OffsetDateTime getVerifiedAt() {
		return verifiedAt;
	}

	OffsetDateTime getDecidedAt() {
		return decidedAt;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	String getCompanyId() {
		return companyId;
	}

	String getNote() {
		return note;
	}

	OffsetDateTime getDeleteAfter() {
		return deleteAfter;
	}

}
