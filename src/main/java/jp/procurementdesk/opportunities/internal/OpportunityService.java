package jp.procurementdesk.opportunities.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.opportunities.Opportunities;
import jp.procurementdesk.opportunities.OpportunityAuditRecord.Action;
import jp.procurementdesk.opportunities.OpportunityDraft;
import jp.procurementdesk.opportunities.OpportunityEvents.OpportunityPublished;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.process.Deadlines;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing opportunities (the desk only). Guards first, in the order of the API: the role 403, the
 * opportunity unknown 404, its status or version 409, the input 400; only then anything changes,
 * and every change is audited. Publishing starts the deadline timer, a correction moves it.
 */
@Service
@Transactional
class OpportunityService implements Opportunities {

	static final String STALE = "The opportunity was corrected meanwhile; reload it and make your correction again.";

	private final OpportunityRepository opportunities;

	private final OpportunityRules rules;

	private final OpportunityAudit audit;

	private final CompanyMatcher matcher;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OpportunityService(OpportunityRepository opportunities, OpportunityRules rules, OpportunityAudit audit,
			CompanyMatcher matcher, Deadlines deadlines, ApplicationEventPublisher events, Clock clock) {
		this.opportunities = opportunities;
		this.rules = rules;
		this.audit = audit;
		this.matcher = matcher;
		this.deadlines = deadlines;
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
		Opportunity opportunity = opportunities.saveAndFlush(new Opportunity(rules.check(draft), user.username(), now()));
		OpportunityView view = opportunity.view();
		audit.record(view.id(), user.username(), Action.CREATED, OpportunityChanges.fields(view));
		return view;
	}

	@Override
	public OpportunityView publish(UUID opportunityId, CurrentUser user) {
		requireDesk(user);
		Opportunity opportunity = existing(opportunityId);
		if (opportunity.getStatus() != OpportunityStatus.DRAFT) {
			throw new ConflictException("Only a draft is published; this one is " + opportunity.getStatus() + ".");
		}
		Optional<OffsetDateTime> closesAt = OpportunityChanges.closesAt(opportunity.view());
		if (closesAt.isPresent() && !closesAt.get().isAfter(now())) {
			throw new ConflictException("Its deadline has passed; correct the deadline before publishing.");
		}
		opportunity.publish(now());
		OpportunityView view = opportunities.saveAndFlush(opportunity).view();
		closesAt.ifPresent(at -> deadlines.watch(view.id(), at));
		audit.record(view.id(), user.username(), Action.PUBLISHED, Map.of());
		events.publishEvent(new OpportunityPublished(view.id(), view.kind(), view.title(), view.deadline(),
				matcher.matching(view), user.username()));
		return view;
	}

	@Override
	public OpportunityView correct(UUID opportunityId, Long version, OpportunityDraft draft, CurrentUser user) {
		requireDesk(user);
		Opportunity opportunity = existing(opportunityId);
		if (version == null) {
			throw new VersionRequired();
		}
		if (opportunity.getStatus() == OpportunityStatus.CLOSED) {
			throw new ConflictException("A closed opportunity is not corrected any more.");
		}
		if (opportunity.getVersion() != version.longValue()) {
			throw new ConflictException(STALE);
		}
		OpportunityDraft checked = rules.check(draft);
		if (checked.kind() != opportunity.view().kind()) {
			throw InvalidInputException.of("kind", "opportunity-kind-fixed");
		}
		OpportunityView before = opportunity.view();
		opportunity.take(checked);
		Map<String, Object> changes = OpportunityChanges.between(before, opportunity.view());
		if (changes.isEmpty()) {
			return before;
		}
		opportunity.corrected(user.username(), now());
		OpportunityView after;
		try {
			after = opportunities.saveAndFlush(opportunity).view();
		}
		catch (ObjectOptimisticLockingFailureException concurrent) {
			throw new ConflictException(STALE, concurrent);
		}
		audit.record(after.id(), user.username(), Action.CORRECTED, changes);
		moveTimer(before, after);
		return after;
	}

	private void moveTimer(OpportunityView before, OpportunityView after) {
		Optional<OffsetDateTime> closesAt = OpportunityChanges.closesAt(after);
		if (after.status() != OpportunityStatus.PUBLISHED
				|| OpportunityChanges.sameInstant(OpportunityChanges.closesAt(before), closesAt)) {
			return;
		}
		closesAt.ifPresentOrElse(at -> deadlines.watch(after.id(), at), () -> deadlines.cancel(after.id()));
	}

	private Opportunity existing(UUID opportunityId) {
		return opportunities.findById(opportunityId).orElseThrow(() -> new NotFoundException("Opportunity"));
	}

	private static void requireDesk(CurrentUser user) {
		if (user.primaryRole() == DeskRole.COMPANY) {
			throw new ForbiddenException("Only the desk writes opportunities.");
		}
	}

	/** Now as the database gives it back (microseconds, UTC), so that an answer reads as a reload does. */
	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
