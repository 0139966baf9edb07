package jp.procurementdesk.cases.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jp.procurementdesk.cases.CaseEvents.CaseClosed;
import jp.procurementdesk.cases.CaseEvents.CaseOpened;
import jp.procurementdesk.cases.CaseEvents.CaseWithdrawn;
import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.CaseQuery;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.OpenCase;
import jp.procurementdesk.cases.ProductRegister;
import jp.procurementdesk.cases.TimelineRecord;
import jp.procurementdesk.cases.TimelineType;
import jp.procurementdesk.cases.UnreadMessages;
import jp.procurementdesk.identity.CompanyDirectory;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import org.hibernate.Session;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class SupportCases implements Cases {

	private final SupportCaseRepository cases;

	private final TimelineRepository timeline;

	private final Timeline recorder;

	private final IdempotencyKeyRepository idempotencyKeys;

	private final CompanyDirectory companies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntityManager entities;

	private final CaseList list;

	private final ProductRegister products;

	private final UnreadMessages unread;

	SupportCases(SupportCaseRepository cases, TimelineRepository timeline, Timeline recorder,
			IdempotencyKeyRepository idempotencyKeys, CompanyDirectory companies, ApplicationEventPublisher events,
			Clock clock, EntityManager entities, CaseList list, ProductRegister products,
			UnreadMessages unread) {
		this.list = list;
		this.unread = unread;
		this.products = products;
		this.cases = cases;
		this.timeline = timeline;
		this.recorder = recorder;
		this.idempotencyKeys = idempotencyKeys;
		this.companies = companies;
		this.events = events;
		this.clock = clock;
		this.entities = entities;
	}

	@Override
	public CaseView open(OpenCase inquiry, CurrentUser user, String idempotencyKey) {
		if (!user.hasRole(DeskRole.COMPANY) || user.companyId() == null) {
			throw new ForbiddenException("Only company users open cases.");
		}
		if (idempotencyKey != null) {
			Optional<IdempotencyKey> earlier = idempotencyKeys.findById(new IdempotencyKey.Id(user.username(), idempotencyKey));
			if (earlier.isPresent()) {
				return cases.findById(earlier.get().caseId()).orElseThrow().view();
			}
		}
		String companyName = companies.nameOf(user.companyId())
			.orElseThrow(() -> new ForbiddenException("Your company is not registered with the desk."));
		inquiry = withRegisteredProduct(inquiry, user.companyId());
		OffsetDateTime now = OffsetDateTime.now(clock);
		String reference = "PD-%d-%06d".formatted(now.getYear(), cases.nextReferenceNumber());
		SupportCase opened = cases.save(new SupportCase(reference, user.companyId(), companyName, inquiry, now));
		if (idempotencyKey != null) {
			// A concurrent retry with the same key fails here on the primary key and rolls back.
			idempotencyKeys.saveAndFlush(new IdempotencyKey(user.username(), idempotencyKey, opened.id()));
		}
		CaseView view = opened.view();
		recorder.append(opened.id(), user.username(), TimelineType.CASE_OPENED, OpeningRecord.details(view, inquiry));
		// Synchronous: the process starts in this transaction, or nothing is saved.
		events.publishEvent(new CaseOpened(opened.id(), reference, user.companyId(), view.productCategory(),
				view.pathways(), user.username()));
		return view;
	}

	/** The product of the company's register the inquiry names fills in what it leaves out; another's is refused. */
	private OpenCase withRegisteredProduct(OpenCase inquiry, String companyId) {
		if (inquiry.productId() == null) {
			return inquiry;
		}
		return products.find(companyId, inquiry.productId())
			.map(inquiry::withProduct)
			.orElseThrow(() -> InvalidInputException.of("productId", "product-unknown"));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseView> find(UUID caseId, CurrentUser viewer) {
		return visible(caseId, viewer).map(SupportCase::view)
			.map(view -> view.withUnreadMessages(unread.unread(List.of(caseId), viewer).getOrDefault(caseId, 0)));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CaseView> list(CaseQuery query, CurrentUser viewer) {
		Page<CaseView> page = list.list(query, viewer);
		if (page.items().isEmpty()) {
			return page;
		}
		Map<UUID, Integer> counts = unread.unread(page.items().stream().map(CaseView::id).toList(), viewer);
		return new Page<>(page.items().stream().map(view -> view.withUnreadMessages(counts.getOrDefault(view.id(), 0)))
			.toList(), page.page(), page.size(), page.total());
	}

	@Override
	@Transactional(readOnly = true)
	public List<TimelineRecord> timeline(UUID caseId, CurrentUser viewer) {
		visible(caseId, viewer).orElseThrow(() -> new NotFoundException("Case"));
		boolean desk = viewer.hasRole(DeskRole.ADVISOR) || viewer.hasRole(DeskRole.SUPERVISOR);
		return timeline.findByCaseIdOrderByIdAsc(caseId).stream().map(TimelineEntry::record)
			.filter(entry -> desk || !internalNote(entry))
			.toList();
	}

	@Override
	public void holdForChange(UUID caseId) {
		// Refreshed, not just locked: an earlier read in this transaction may be stale by now.
		cases.findById(caseId).ifPresent(supportCase -> entities.refresh(supportCase, LockModeType.PESSIMISTIC_WRITE));
	}

	@Override
	public void withdraw(UUID caseId, CurrentUser user, String reason) {
		holdForChange(caseId);
		SupportCase supportCase = visible(caseId, user).orElseThrow(() -> new NotFoundException("Case"));
		boolean ownCompany = user.hasRole(DeskRole.COMPANY) && supportCase.companyId().equals(user.companyId());
		if (!ownCompany && !user.hasRole(DeskRole.SUPERVISOR)) {
			throw new ForbiddenException("Only the company or a supervisor may withdraw a case.");
		}
		if (!supportCase.close(CaseOutcome.WITHDRAWN, OffsetDateTime.now(clock))) {
			throw new ConflictException("The case is already closed.");
		}
		cases.saveAndFlush(supportCase);
		recorder.append(caseId, user.username(), TimelineType.CASE_WITHDRAWN, reason == null ? Map.of() : Map.of("reason", reason));
		// Synchronous: the process ends in this transaction.
		events.publishEvent(new CaseWithdrawn(caseId, user.username(), reason));
		events.publishEvent(new CaseClosed(caseId, supportCase.reference(), supportCase.companyId(),
				CaseOutcome.WITHDRAWN));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> opportunityOf(UUID caseId) {
		return cases.findById(caseId).map(found -> found.view().opportunityId());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, CaseLabel> labels(Collection<UUID> caseIds) {
		// Loaded by id, not queried: the engine's task events ask for the label of the case
		// this transaction has just opened, which the persistence context holds already. A
		// findAllById built a criteria query and flushed for it: a fifth of a case creation's CPU.
		return entities.unwrap(Session.class)
			.byMultipleIds(SupportCase.class)
			.enableSessionCheck(true)
			.multiLoad(List.copyOf(caseIds))
			.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toMap(SupportCase::id, supportCase -> new CaseLabel(supportCase.reference(),
					supportCase.companyId(), supportCase.companyName(), supportCase.advisor()), (a, b) -> a));
	}

	/** The entry of a desk's internal note (docs/conversation.md): the company does not even see that there is one. */
	private static boolean internalNote(TimelineRecord entry) {
		return entry.type() == TimelineType.MESSAGE_POSTED && Boolean.TRUE.equals(entry.details().get("internal"));
	}

	private Optional<SupportCase> visible(UUID caseId, CurrentUser viewer) {
		return cases.findById(caseId).filter(supportCase -> CaseVisibility.canSee(viewer, supportCase));
	}

}
