package jp.procurementdesk.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jp.procurementdesk.consultations.ConsultationChannel;
import jp.procurementdesk.consultations.ConsultationInput;
import jp.procurementdesk.consultations.ConsultationTopic;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of a consultation record: each refused field named with its problem, and the day
 * of the consultation judged in Tokyo (15:30 UTC on 1 May is already 2 May there).
 */
class ConsultationRulesTest {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	/** 2 May 2026, 00:30 in Tokyo. */
	private static final Clock TOKYO = Clock.fixed(Instant.parse("2026-05-01T15:30:00Z"), ZoneId.of("Asia/Tokyo"));

	private final ConsultationRules rules = new ConsultationRules(VALIDATION.getValidator(), TOKYO);

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	@Test
	void aCompleteRecordOfTodayInTokyoKeepsTheRules() {
		assertThat(rules.problems(input(LocalDate.of(2026, 5, 2), 45, Set.of(ConsultationTopic.WHO_PQ), "Summary")))
			.isEmpty();
		assertThat(rules.problems(input(LocalDate.of(2026, 5, 2), 1, Set.of(ConsultationTopic.OTHER), "x"))).isEmpty();
		assertThat(rules.problems(input(LocalDate.of(2020, 1, 1), 600, Set.of(ConsultationTopic.values()), "x")))
			.isEmpty();
	}

	@Test
	void tomorrowInTokyoIsTheFuture() {
		assertThat(rules.problems(input(LocalDate.of(2026, 5, 3), 45, Set.of(ConsultationTopic.WHO_PQ), "Summary")))
			.containsExactly(Map.entry("heldOn", new Problem("not-in-future")));
	}

	@Test
	void everyMissingFieldIsNamed() {
		Map<String, Problem> problems = rules.problems(new ConsultationInput(null, null, null, null, null, null));

		assertThat(problems).containsOnlyKeys("heldOn", "channel", "minutes", "topics", "summary");
		assertThat(problems).containsEntry("topics", new Problem("at-least-one"));
		problems.remove("topics");
		assertThat(problems.values()).extracting(Problem::code).containsOnly("required");
		assertThat(rules.problems(null)).containsOnlyKeys("body");
	}

	@Test
	void minutesAreOneToSixHundred() {
		for (int minutes : List.of(0, -5, 601, 10_000)) {
			assertThat(rules.problems(input(LocalDate.of(2026, 5, 1), minutes, Set.of(ConsultationTopic.WHO_PQ), "x")))
				.as("%d minutes", minutes)
				.containsExactly(Map.entry("minutes", new Problem("consultation-minutes", 1, 600)));
		}
	}

	@Test
	void atLeastOneTopicAndNoNullAmongThem() {
		assertThat(rules.problems(input(LocalDate.of(2026, 5, 1), 30, Set.of(), "x")))
			.containsExactly(Map.entry("topics", new Problem("at-least-one")));
		Set<ConsultationTopic> withNull = new LinkedHashSet<>();
		withNull.add(null);
		assertThat(rules.problems(input(LocalDate.of(2026, 5, 1), 30, withNull, "x"))).containsOnlyKeys("topics");
	}

	@Test
	void summaryIsOneToFourThousandCharactersAndAttendeesAtMostAThousand() {
		assertThat(rules.problems(input(LocalDate.of(2026, 5, 1), 30, Set.of(ConsultationTopic.OTHER), "  ")))
			.containsExactly(Map.entry("summary", new Problem("required")));
		assertThat(rules.problems(input(LocalDate.of(2026, 5, 1), 30, Set.of(ConsultationTopic.OTHER), "x".repeat(4000))))
			.isEmpty();
		assertThat(rules.problems(input(LocalDate.of(2026, 5, 1), 30, Set.of(ConsultationTopic.OTHER), "x".repeat(4001))))
			.containsExactly(Map.entry("summary", new Problem("too-long", 4000)));
		ConsultationInput crowded = new ConsultationInput(LocalDate.of(2026, 5, 1), ConsultationChannel.EVENT, 30,
				Set.of(ConsultationTopic.OTHER), "y".repeat(1001), "x");
		assertThat(rules.problems(crowded)).containsExactly(Map.entry("attendees", new Problem("too-long", 1000)));
	}

	@Test
	void checkRefusesWithEveryProblem() {
		assertThatThrownBy(() -> rules.check(input(LocalDate.of(2030, 1, 1), 0, Set.of(), "")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.problems()).containsOnlyKeys("heldOn", "minutes", "topics", "summary"));
	}

	private static ConsultationInput input(LocalDate heldOn, int minutes, Set<ConsultationTopic> topics, String summary) {
		return new ConsultationInput(heldOn, ConsultationChannel.MEETING, minutes, topics, "Ms Ito (Acme)", summary);
	}

}
