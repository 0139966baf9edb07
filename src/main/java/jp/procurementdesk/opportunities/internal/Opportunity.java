package jp.procurementdesk.opportunities.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import jp.procurementdesk.opportunities.OpportunityDraft;
import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An opportunity (table {@code opportunity}, V19). */
@Entity
@Table(name = "opportunity")
class Opportunity {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private OpportunityKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OpportunityStatus status = OpportunityStatus.DRAFT;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Enumerated(EnumType.STRING)
	private TargetAgency agency;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "product_categories", nullable = false)
	private Set<ProductCategory> productCategories = new LinkedHashSet<>();

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "unspsc_codes", nullable = false)
	private List<String> unspscCodes = new ArrayList<>();

	@Column(name = "notice_id")
	private String noticeId;

	private String url;

	private OffsetDateTime deadline;

	@Column(name = "starts_at")
	private OffsetDateTime startsAt;

	@Column(name = "ends_at")
	private OffsetDateTime endsAt;

	private String venue;

	private Integer capacity;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Column(name = "published_at")
	private OffsetDateTime publishedAt;

	@Column(name = "closed_at")
	private OffsetDateTime closedAt;

	@Version
	private long version;

	protected Opportunity() {
	}

	Opportunity(OpportunityDraft draft, String createdBy, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.kind = draft.kind();
		this.createdBy = createdBy;
		this.createdAt = now;
		take(draft);
	}

	/** Takes the draft's fields; the kind never changes. */
	void take(OpportunityDraft draft) {
		this.title = draft.title().strip();
		this.summary = draft.summary().strip();
		this.agency = draft.agency();
		this.productCategories = new LinkedHashSet<>(new TreeSet<>(draft.productCategories()));
		this.unspscCodes = new ArrayList<>(new TreeSet<>(draft.unspscCodes()));
		this.noticeId = blankToNull(draft.noticeId());
		this.url = blankToNull(draft.url());
		this.deadline = sameInstantKept(this.deadline, draft.deadline());
		this.startsAt = sameInstantKept(this.startsAt, draft.startsAt());
		this.endsAt = sameInstantKept(this.endsAt, draft.endsAt());
		this.venue = blankToNull(draft.venue());
		this.capacity = draft.capacity();
	}

	void corrected(String by, OffsetDateTime now) {
		this.updatedBy = by;
		this.updatedAt = now;
	}

	void publish(OffsetDateTime now) {
		this.status = OpportunityStatus.PUBLISHED;
		this.publishedAt = now;
	}

	void close(OffsetDateTime now) {
		this.status = OpportunityStatus.CLOSED;
		this.closedAt = now;
	}

	OpportunityView view() {
		return new OpportunityView(id, kind, status, title, summary, agency, Set.copyOf(productCategories),
				List.copyOf(unspscCodes), noticeId, url, deadline, startsAt, endsAt, venue, capacity, createdBy, createdAt,
				publishedAt, closedAt, version);
	}

	UUID getId() {
		return id;
	}

	OpportunityStatus getStatus() {
		return status;
	}

	long getVersion() {
		return version;
	}

	/** The time as it was when the new one is the same instant: no change to write, no new version. */
	private static OffsetDateTime sameInstantKept(OffsetDateTime old, OffsetDateTime next) {
		return old != null && next != null && old.isEqual(next) ? old : next;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
