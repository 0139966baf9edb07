package jp.procurementdesk.opportunities.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.opportunities.OpportunityDraft;
import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.shared.InvalidInputException.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The rules of an opportunity: each refused field named, the rules across fields by kind. */
class OpportunityRulesTest {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2026-12-15T17:00:00+09:00");

	private final OpportunityRules rules = new OpportunityRules(VALIDATION.getValidator());

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	static OpportunityDraft tender(String url, List<String> codes, OffsetDateTime deadline) {
		return new OpportunityDraft(OpportunityKind.UN_TENDER, "Rapid diagnostic tests for malaria", "LTA for RDTs",
				TargetAgency.UNICEF, Set.of(ProductCategory.IVD), codes, "LRFP-2026-9100001", url, deadline, null, null,
				null, null);
	}

	static OpportunityDraft event(OffsetDateTime deadline, OffsetDateTime startsAt, OffsetDateTime endsAt,
			Integer capacity) {
		return new OpportunityDraft(OpportunityKind.EVENT, "Seminar", "On WHO PQ", null, Set.of(), List.of(), null, null,
				deadline, startsAt, endsAt, "Tokyo", capacity);
	}

	@Test
	void aCompleteTenderAndEventKeepTheRules() {
		assertThat(rules.problems(tender("https://www.ungm.org/Public/Notice/1", List.of("41116100"), DEADLINE))).isEmpty();
		assertThat(rules.problems(event(DEADLINE.minusDays(3), DEADLINE, DEADLINE.plusHours(2), 2))).isEmpty();
		assertThat(rules.problems(event(null, DEADLINE, null, null))).as("an event's deadline is optional").isEmpty();
		assertThat(rules.problems(new OpportunityDraft(OpportunityKind.NEWS, "News", "Text", null, null, null, null, null,
				null, null, null, null, null))).isEmpty();
	}

	@Test
	void theKindsThatOpenCasesNeedADeadline() {
		for (OpportunityKind kind : List.of(OpportunityKind.UN_TENDER, OpportunityKind.WHO_EOI,
				OpportunityKind.COMPENDIUM_CALL)) {
			assertThat(rules.problems(new OpportunityDraft(kind, "T", "S", null, null, null, null, null, null, null, null,
					null, null))).as(kind.name()).containsExactly(Map.entry("deadline", new Problem("required")));
		}
	}

	@Test
	void urlsAreHttpsOnlyAndCodesEightDigits() {
		assertThat(rules.problems(tender("http://www.ungm.org/", List.of("4111", "41116100"), DEADLINE)))
			.containsExactly(Map.entry("unspscCodes", new Problem("product-unspsc-code")),
					Map.entry("url", new Problem("https-url")));
		assertThat(rules.problems(tender("javascript:alert(1)", List.of(), DEADLINE)))
			.containsExactly(Map.entry("url", new Problem("https-url")));
	}

	@Test
	void eventFieldsAreForEventsOnly() {
		OpportunityDraft tender = new OpportunityDraft(OpportunityKind.UN_TENDER, "T", "S", null, null, null, null, null,
				DEADLINE, DEADLINE, DEADLINE, "Tokyo", 3);
		assertThat(rules.problems(tender)).containsOnlyKeys("startsAt", "endsAt", "venue", "capacity")
			.containsValue(new Problem("opportunity-event-only"));
	}

	@Test
	void anEventStartsBeforeItEndsAndRegistrationClosesBeforeItStarts() {
		assertThat(rules.problems(event(null, null, null, null)))
			.containsExactly(Map.entry("startsAt", new Problem("required")));
		assertThat(rules.problems(event(DEADLINE.plusMinutes(1), DEADLINE, DEADLINE.minusMinutes(1), 0)))
			.containsExactly(Map.entry("capacity", new Problem("opportunity-capacity")),
					Map.entry("endsAt", new Problem("opportunity-ends-before-start")),
					Map.entry("deadline", new Problem("opportunity-deadline-after-start")));
	}

	@Test
	void everyMissingFieldIsNamed() {
		assertThat(rules.problems(new OpportunityDraft(null, " ", null, null, null, null, null, null, null, null, null,
				null, null))).containsOnlyKeys("kind", "title", "summary");
		assertThat(rules.problems(null)).containsOnlyKeys("body");
	}

}
