package jp.procurementdesk.opportunities;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.identity.CurrentUser;

/**
 * A company opens a case from a published notice (docs/opportunities.md#a-case-from-a-notice):
 * the pathway comes from the notice's kind, its agency joins the target agencies, the case
 * keeps the notice's id. 404 for an unknown opportunity or a draft, 403 for anyone but a
 * company user, 409 when the notice is closed or its kind opens no case (an event, news),
 * 400 naming each refused field.
 */
public interface CaseFromOpportunity {

	CaseView open(UUID opportunityId, Request request, CurrentUser user, String idempotencyKey);

	/**
	 * What the company says; the rest comes from the opportunity.
	 *
	 * @param productId a product of the company's register: its name and category fill in what is not given
	 * @param targetAgencies more agencies than the notice's own; may be empty
	 */
	record Request(@Size(max = 200) String productName, ProductCategory productCategory, UUID productId,
			@NotBlank @Size(max = 4000) String summary, Set<@NotNull TargetAgency> targetAgencies) {

		public Request {
			targetAgencies = targetAgencies == null ? Set.of() : targetAgencies;
		}

	}

}
