package jp.procurementdesk.opportunities.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jp.procurementdesk.companies.CompanyProfile.Interests;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.opportunities.OpportunityAuditRecord;
import jp.procurementdesk.opportunities.OpportunityMatching;
import jp.procurementdesk.opportunities.OpportunityQuery;
import jp.procurementdesk.opportunities.OpportunitySearch;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.Paging;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading opportunities as the viewer may see them (docs/opportunities.md, Listing). The desk
 * publishes tens of notices a month, not millions: the filters run over the visible statuses in
 * memory, which keeps the JSON columns' rules (categories, codes, matching) in one place.
 */
@Service
@Transactional(readOnly = true)
class OpportunityReader implements OpportunitySearch {

	/** Open ones first, then drafts and closed ones; soonest deadline first, newest first among equals. */
	static final Comparator<OpportunityView> ORDER = Comparator
		.comparing((OpportunityView view) -> view.status() == OpportunityStatus.PUBLISHED ? 0 : 1)
		.thenComparing(OpportunityView::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(OpportunityView::createdAt, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(OpportunityView::id);

	private final OpportunityRepository opportunities;

	private final CompanyMatcher matcher;

	private final OpportunityAudit audit;

	OpportunityReader(OpportunityRepository opportunities, CompanyMatcher matcher, OpportunityAudit audit) {
		this.opportunities = opportunities;
		this.matcher = matcher;
		this.audit = audit;
	}

	@Override
	public Page<OpportunityView> list(OpportunityQuery query, CurrentUser viewer) {
		Paging.check(query.page(), query.size());
		List<OpportunityView> found = opportunities.findByStatusIn(statuses(query, viewer))
			.stream()
			.map(Opportunity::view)
			.filter(filter(query, viewer))
			.sorted(ORDER)
			.toList();
		return page(found, query.page(), query.size());
	}

	private static Page<OpportunityView> page(List<OpportunityView> found, int page, int size) {
		List<OpportunityView> items = found.stream().skip((long) page * size).limit(size).toList();
		return new Page<>(items, page, size, found.size());
	}

	@Override
	public Page<OpportunityView> published(int page, int size) {
		Paging.check(page, size);
		return page(opportunities.findByStatusIn(EnumSet.of(OpportunityStatus.PUBLISHED))
			.stream()
			.map(Opportunity::view)
			.sorted(ORDER)
			.toList(), page, size);
	}

	@Override
	public Optional<OpportunityView> visible(UUID opportunityId, CurrentUser viewer) {
		return opportunities.findById(opportunityId)
			.map(Opportunity::view)
			.filter(view -> isDesk(viewer) || view.status() != OpportunityStatus.DRAFT);
	}

	@Override
	public Set<String> matchedCompanies(UUID opportunityId, CurrentUser viewer) {
		return matcher.matching(deskOnly(opportunityId, viewer));
	}

	@Override
	public List<OpportunityAuditRecord> history(UUID opportunityId, CurrentUser viewer) {
		return audit.of(deskOnly(opportunityId, viewer).id());
	}

	private OpportunityView deskOnly(UUID opportunityId, CurrentUser viewer) {
		OpportunityView view = visible(opportunityId, viewer).orElseThrow(() -> new NotFoundException("Opportunity"));
		if (!isDesk(viewer)) {
			throw new ForbiddenException("Only the desk sees this.");
		}
		return view;
	}

	private static Set<OpportunityStatus> statuses(OpportunityQuery query, CurrentUser viewer) {
		if (isDesk(viewer)) {
			return EnumSet.allOf(OpportunityStatus.class);
		}
		return query.includeClosed() ? EnumSet.of(OpportunityStatus.PUBLISHED, OpportunityStatus.CLOSED)
				: EnumSet.of(OpportunityStatus.PUBLISHED);
	}

	private Predicate<OpportunityView> filter(OpportunityQuery query, CurrentUser viewer) {
		Predicate<OpportunityView> filter = view -> query.kind() == null || view.kind() == query.kind();
		filter = filter.and(view -> query.category() == null || view.productCategories().isEmpty()
				|| view.productCategories().contains(query.category()));
		filter = filter.and(view -> query.agency() == null || view.agency() == query.agency());
		if (query.q() != null && !query.q().isBlank()) {
			String text = query.q().strip().toLowerCase(Locale.ROOT);
			filter = filter.and(view -> contains(view.title(), text) || contains(view.summary(), text)
					|| contains(view.noticeId(), text));
		}
		if (query.matching() && !isDesk(viewer)) {
			Optional<Interests> interests = matcher.interestsOf(viewer.companyId());
			filter = filter.and(view -> interests.map(wanted -> OpportunityMatching.matches(view, wanted)).orElse(false));
		}
		return filter;
	}

	private static boolean contains(String field, String text) {
		return field != null && field.toLowerCase(Locale.ROOT).contains(text);
	}

	static boolean isDesk(CurrentUser viewer) {
		return viewer.primaryRole() != DeskRole.COMPANY;
	}

}
