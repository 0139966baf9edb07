package jp.procurementdesk.opportunities.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.procurementdesk.companies.InterestedCompanies;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityDraft;
import jp.procurementdesk.opportunities.OpportunityEvents.OpportunityPublished;
import jp.procurementdesk.opportunities.OpportunityMatching;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class OpportunityService implements Opportunities {

	private final OpportunityRepository opportunities;

	private final InterestedCompanies companies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OpportunityService(OpportunityRepository opportunities, InterestedCompanies companies,
			ApplicationEventPublisher events, Clock clock) {
		this.opportunities = opportunities;
		this.companies = companies;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OpportunityView> find(UUID opportunityId) {
		return opportunities.findById(opportunityId).map(Opportunity::view);
	}

	@Override
	public OpportunityView create(OpportunityDraft draft, CurrentUser user) {
		requireDesk(user);
		return opportunities.saveAndFlush(new Opportunity(draft, user.username(), OffsetDateTime.now(clock))).view();
	}

	@Override
	public OpportunityView publish(UUID opportunityId, CurrentUser user) {
		requireDesk(user);
		Opportunity opportunity = opportunities.findById(opportunityId)
			.orElseThrow(() -> new NotFoundException("No such opportunity"));
		if (opportunity.getStatus() != OpportunityStatus.DRAFT) {
			throw new ConflictException("Only a draft is published");
		}
		opportunity.publish(OffsetDateTime.now(clock));
		OpportunityView view = opportunities.saveAndFlush(opportunity).view();
		Set<String> matching = new TreeSet<>();
		companies.active().forEach((companyId, interests) -> {
			if (OpportunityMatching.matches(view, interests)) {
				matching.add(companyId);
			}
		});
		events.publishEvent(new OpportunityPublished(view.id(), view.kind(), view.title(), view.deadline(),
				Set.copyOf(matching), user.username()));
		return view;
	}

	private static void requireDesk(CurrentUser user) {
		if (user.primaryRole() == DeskRole.COMPANY) {
			throw new ForbiddenException("Only the desk writes opportunities");
		}
	}

}
