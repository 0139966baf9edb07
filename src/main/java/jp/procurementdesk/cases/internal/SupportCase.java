package jp.procurementdesk.cases.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.OpenCase;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.PathwayOutcome;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.SlaBreachKind;
import jp.procurementdesk.cases.TargetAgency;
import org.hibernate.annotations.BatchSize;

/**
 * The support case aggregate. Optimistic locking: concurrent changes never overwrite each other.
 *
 * <p>Longer than the house's ~200 lines on purpose: one JPA entity with its collections
 * (pathways, agencies, outcomes, SLA breaches) and the state changes that must keep them
 * consistent; moving the changes out would let other classes write the aggregate's fields.
 * Its embedded rows ({@link PathwayResult}, {@link Breach}) live in files of their own.
 */
@Entity
@Table(name = "support_case")
class SupportCase {

	@Id
	private UUID id;

	private String reference;

	private String companyId;

	private String companyName;

	private String productName;

	@Enumerated(EnumType.STRING)
	private ProductCategory productCategory;

	private UUID productId;

	private UUID opportunityId;

	@Enumerated(EnumType.STRING)
	private CaseKind kind;

	private String summary;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	private CaseOutcome outcome;

	private String advisor;

	private OffsetDateTime openedAt;

	private OffsetDateTime closedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "case_pathway", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "pathway")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Set<Pathway> pathways = EnumSet.noneOf(Pathway.class);

	@ElementCollection
	@CollectionTable(name = "case_target_agency", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "agency")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Set<TargetAgency> targetAgencies = EnumSet.noneOf(TargetAgency.class);

	@ElementCollection
	@CollectionTable(name = "case_pathway_outcome", joinColumns = @JoinColumn(name = "case_id"))
	@MapKeyColumn(name = "pathway")
	@MapKeyEnumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Map<Pathway, PathwayResult> pathwayOutcomes = new EnumMap<>(Pathway.class);

	@ElementCollection
	@CollectionTable(name = "case_sla_breach", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<Breach> slaBreaches = new ArrayList<>();

	protected SupportCase() {
	}

	SupportCase(String reference, String companyId, String companyName, OpenCase inquiry, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.companyId = companyId;
		this.companyName = companyName;
		this.productName = inquiry.productName().strip();
		this.productCategory = inquiry.productCategory();
		this.productId = inquiry.productId();
		this.opportunityId = inquiry.opportunityId();
		this.kind = inquiry.kind();
		this.summary = inquiry.summary().strip();
		this.pathways.addAll(inquiry.pathways());
		this.targetAgencies.addAll(inquiry.targetAgencies());
		this.status = CaseStatus.TRIAGE;
		this.openedAt = now;
	}

	UUID id() {
		return id;
	}

	String reference() {
		return reference;
	}

	String companyId() {
		return companyId;
	}

	String companyName() {
		return companyName;
	}

	String advisor() {
		return advisor;
	}

	CaseStatus status() {
		return status;
	}

	CaseKind kind() {
		return kind;
	}

	ProductCategory productCategory() {
		return productCategory;
	}

	Set<Pathway> pathways() {
		return Set.copyOf(pathways);
	}

	boolean isClosed() {
		return status == CaseStatus.CLOSED;
	}

	/** @return whether the status changed */
	boolean moveTo(CaseStatus next) {
		if (isClosed() || status == next) {
			return false;
		}
		status = next;
		return true;
	}

	void assignAdvisor(String username) {
		this.advisor = username;
	}

	void choosePathways(Set<Pathway> chosen) {
		pathways.clear();
		pathways.addAll(chosen);
	}

	void recordPathwayOutcome(Pathway pathway, PathwayOutcome result, BigDecimal contractValueUsd, OffsetDateTime now) {
		pathwayOutcomes.put(pathway, new PathwayResult(result, contractValueUsd, now));
	}

	void recordBreach(SlaBreachKind kind, String taskKey, OffsetDateTime now) {
		slaBreaches.add(new Breach(kind, now, taskKey));
	}

	/** @return whether the case was open until now */
	boolean close(CaseOutcome result, OffsetDateTime now) {
		if (isClosed()) {
			return false;
		}
		status = CaseStatus.CLOSED;
		outcome = result;
		closedAt = now;
		return true;
	}

	CaseView view() {
		Map<Pathway, PathwayOutcome> outcomes = new LinkedHashMap<>();
		pathwayOutcomes.forEach((pathway, result) -> outcomes.put(pathway, result.outcome()));
		return new CaseView(id, reference, companyId, companyName, productName, productCategory, productId, opportunityId,
				kind, Set.copyOf(pathways), Set.copyOf(targetAgencies), summary, status, outcome, advisor, outcomes,
				slaBreaches.stream().map(Breach::view).toList(),
				openedAt, closedAt, 0);
	}

}
