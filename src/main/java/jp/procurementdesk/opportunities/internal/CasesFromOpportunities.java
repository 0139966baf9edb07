package jp.procurementdesk.opportunities.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.OpenCase;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.opportunities.CaseFromOpportunity;
import jp.procurementdesk.opportunities.OpportunityStatus;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.ConflictException;
import jp.procurementdesk.shared.ForbiddenException;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;
import jp.procurementdesk.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CasesFromOpportunities implements CaseFromOpportunity {

	private final OpportunityRepository opportunities;

	private final Cases cases;

	CasesFromOpportunities(OpportunityRepository opportunities, Cases cases) {
		this.opportunities = opportunities;
		this.cases = cases;
	}

	@Override
	public CaseView open(UUID opportunityId, Request request, CurrentUser user, String idempotencyKey) {
		OpportunityView opportunity = opportunities.findById(opportunityId)
			.map(Opportunity::view)
			.filter(found -> found.status() != OpportunityStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("Opportunity"));
		if (!user.hasRole(DeskRole.COMPANY) || user.companyId() == null) {
			throw new ForbiddenException("Only company users open cases.");
		}
		Pathway pathway = opportunity.kind()
			.pathway()
			.orElseThrow(() -> new ConflictException("An opportunity of kind " + opportunity.kind()
					+ " opens no case: only UN_TENDER, WHO_EOI and COMPENDIUM_CALL do."));
		if (opportunity.status() == OpportunityStatus.CLOSED) {
			throw new ConflictException("The opportunity is closed: its deadline has passed.");
		}
		productNamed(request);
		Set<TargetAgency> agencies = EnumSet.noneOf(TargetAgency.class);
		agencies.addAll(request.targetAgencies());
		if (opportunity.agency() != null) {
			agencies.add(opportunity.agency());
		}
		OpenCase inquiry = new OpenCase(request.productName(), request.productCategory(), Set.of(pathway), agencies,
				request.summary(), request.productId(), CaseKind.SUPPORT)
			.fromOpportunity(opportunity.id(), opportunity.title());
		return cases.open(inquiry, user, idempotencyKey);
	}

	/** Without a product of the register, the product is named: name and category. */
	private static void productNamed(Request request) {
		if (request.productId() != null) {
			return;
		}
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (request.productName() == null || request.productName().isBlank()) {
			problems.put("productName", new Problem("required"));
		}
		if (request.productCategory() == null) {
			problems.put("productCategory", new Problem("required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
