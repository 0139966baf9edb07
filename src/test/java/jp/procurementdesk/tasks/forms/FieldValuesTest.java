package jp.procurementdesk.tasks.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.ITERABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jp.procurementdesk.shared.InvalidInputException.Problem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	/** 2026-06-15 09:00 in Tokyo. */
	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-15T00:00:00Z");

	static final FormSubmission.Context CONTEXT = new FormSubmission.Context(NOW, TOKYO, "alice"::equals);

	static FormField field(FieldType type, FormField.Rule rule, List<String> options, int maxLength) {
		return new FormField("f", type, true, options, null, rule, maxLength);
	}

	static FormField field(FieldType type) {
		return field(type, FormField.Rule.NONE, null, 0);
	}

	@Test
	void textIsStrippedAndMustBeAString() {
		assertThat(FieldValues.parse(field(FieldType.TEXT), "  hello \n")).isEqualTo("hello");
		assertThat(FieldValues.parse(field(FieldType.USER), " alice ")).isEqualTo("alice");
		assertThatThrownBy(() -> FieldValues.parse(field(FieldType.TEXT), 42))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void enumTakesOnlyItsOptions() {
		FormField choice = field(FieldType.ENUM, FormField.Rule.NONE, List.of("GO", "NO_GO"), 0);
		assertThat(FieldValues.parse(choice, "GO")).isEqualTo("GO");
		assertThatThrownBy(() -> FieldValues.parse(choice, "go")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> FieldValues.parse(choice, List.of("GO"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void multiEnumIsASortedSetOfOptions() {
		FormField choices = field(FieldType.MULTI_ENUM, FormField.Rule.NONE, List.of("B", "A", "C"), 0);
		assertThat(FieldValues.parse(choices, List.of("C", "A", "C"))).asInstanceOf(
				ITERABLE).containsExactly("A", "C");
		assertThatThrownBy(() -> FieldValues.parse(choices, "A")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> FieldValues.parse(choices, List.of("A", "D")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> FieldValues.parse(choices, List.of(1))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void booleanTakesJsonBooleansAndTheirExactText() {
		assertThat(FieldValues.parse(field(FieldType.BOOLEAN), true)).isEqualTo(true);
		assertThat(FieldValues.parse(field(FieldType.BOOLEAN), "false")).isEqualTo(false);
		for (Object bad : new Object[] { "TRUE", "yes", "1", 1 }) {
			assertThatThrownBy(() -> FieldValues.parse(field(FieldType.BOOLEAN), bad))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void datesAndTimesAreIso8601() {
		assertThat(FieldValues.parse(field(FieldType.DATE), "2026-07-01")).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(FieldValues.parse(field(FieldType.DATE_TIME), "2026-07-01T10:00:00+09:00"))
			.isEqualTo(OffsetDateTime.parse("2026-07-01T01:00:00Z").withOffsetSameInstant(
					ZoneOffset.ofHours(9)));
		assertThatThrownBy(() -> FieldValues.parse(field(FieldType.DATE), "01/07/2026"))
			.isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> FieldValues.parse(field(FieldType.DATE_TIME), "2026-07-01"))
			.isInstanceOf(DateTimeParseException.class);
	}

	@Test
	void decimalsFromNumbersOrText() {
		assertThat(FieldValues.parse(field(FieldType.DECIMAL), 12.5)).isEqualTo(new BigDecimal("12.5"));
		assertThat(FieldValues.parse(field(FieldType.DECIMAL), 7)).isEqualTo(new BigDecimal("7"));
		assertThat(FieldValues.parse(field(FieldType.DECIMAL), " 1000.25 ")).isEqualTo(new BigDecimal("1000.25"));
		assertThatThrownBy(() -> FieldValues.parse(field(FieldType.DECIMAL), "ten"))
			.isInstanceOf(NumberFormatException.class);
	}

	@Test
	void tooLongTextIsAProblemWithTheLimit() {
		FormField shortText = field(FieldType.TEXT, FormField.Rule.NONE, null, 5);
		assertThat(FieldValues.check(shortText, "12345", CONTEXT)).isNull();
		assertThat(FieldValues.check(shortText, "123456", CONTEXT)).isEqualTo(new Problem("too-long", 5));
		assertThat(FieldValues.check(field(FieldType.TEXT), "x".repeat(10_000), CONTEXT)).isNull();
	}

	@Test
	void rulesOfDatesAreJudgedInTheDesksZone() {
		FormField notInFuture = field(FieldType.DATE, FormField.Rule.NOT_IN_FUTURE, null, 0);
		FormField inFuture = field(FieldType.DATE, FormField.Rule.IN_FUTURE, null, 0);
		FormField notInPast = field(FieldType.DATE, FormField.Rule.NOT_IN_PAST, null, 0);
		LocalDate today = LocalDate.of(2026, 6, 15);
		assertThat(FieldValues.check(notInFuture, today, CONTEXT)).isNull();
		assertThat(FieldValues.check(notInFuture, today.plusDays(1), CONTEXT)).isEqualTo(new Problem("not-in-future"));
		assertThat(FieldValues.check(inFuture, today, CONTEXT)).isEqualTo(new Problem("in-future"));
		assertThat(FieldValues.check(inFuture, today.plusDays(1), CONTEXT)).isNull();
		assertThat(FieldValues.check(notInPast, today, CONTEXT)).isNull();
		assertThat(FieldValues.check(notInPast, today.minusDays(1), CONTEXT)).isEqualTo(new Problem("not-in-past"));
	}

	@Test
	void rulesOfTimesCompareInstants() {
		FormField inFuture = field(FieldType.DATE_TIME, FormField.Rule.IN_FUTURE, null, 0);
		FormField notInFuture = field(FieldType.DATE_TIME, FormField.Rule.NOT_IN_FUTURE, null, 0);
		assertThat(FieldValues.check(inFuture, NOW.plusSeconds(1), CONTEXT)).isNull();
		assertThat(FieldValues.check(inFuture, NOW, CONTEXT)).isEqualTo(new Problem("in-future"));
		assertThat(FieldValues.check(notInFuture, NOW, CONTEXT)).isNull();
		assertThat(FieldValues.check(notInFuture, NOW.plusSeconds(1), CONTEXT)).isEqualTo(new Problem("not-in-future"));
	}

	@Test
	void advisorRuleAsksTheContext() {
		FormField advisor = field(FieldType.USER, FormField.Rule.ADVISOR, null, 200);
		assertThat(FieldValues.check(advisor, "alice", CONTEXT)).isNull();
		assertThat(FieldValues.check(advisor, "mallory", CONTEXT)).isEqualTo(new Problem("role-advisor"));
	}

	@Test
	void companyIdIsALowerCaseSlug() {
		FormField companyId = field(FieldType.TEXT, FormField.Rule.COMPANY_ID, null, 40);
		assertThat(FieldValues.check(companyId, "hokkaido-diagnostics", CONTEXT)).isNull();
		assertThat(FieldValues.check(companyId, "ab", CONTEXT)).isEqualTo(new Problem("company-id"));
		assertThat(FieldValues.check(companyId, "Hokkaido", CONTEXT)).isEqualTo(new Problem("company-id"));
		assertThat(FieldValues.check(companyId, "a".repeat(41), CONTEXT)).isEqualTo(new Problem("too-long", 40));
	}

	@Test
	void notNegativeAllowsCentsOnly() {
		FormField amount = field(FieldType.DECIMAL, FormField.Rule.NOT_NEGATIVE, null, 0);
		assertThat(FieldValues.check(amount, new BigDecimal("0"), CONTEXT)).isNull();
		assertThat(FieldValues.check(amount, new BigDecimal("10.25"), CONTEXT)).isNull();
		assertThat(FieldValues.check(amount, new BigDecimal("-0.01"), CONTEXT)).isEqualTo(new Problem("not-negative"));
		assertThat(FieldValues.check(amount, new BigDecimal("1.005"), CONTEXT)).isEqualTo(new Problem("decimals"));
	}

	@Test
	void expectedNamesWhatTheTypeTakes() {
		List<String> options = List.of("A", "B");
		assertThat(FieldValues.expected(field(FieldType.TEXT))).isEqualTo(new Problem("text"));
		assertThat(FieldValues.expected(field(FieldType.USER))).isEqualTo(new Problem("text"));
		assertThat(FieldValues.expected(field(FieldType.ENUM, FormField.Rule.NONE, options, 0)))
			.isEqualTo(new Problem("option", options));
		assertThat(FieldValues.expected(field(FieldType.MULTI_ENUM, FormField.Rule.NONE, options, 0)))
			.isEqualTo(new Problem("options", options));
		assertThat(FieldValues.expected(field(FieldType.BOOLEAN))).isEqualTo(new Problem("boolean"));
		assertThat(FieldValues.expected(field(FieldType.DATE))).isEqualTo(new Problem("date"));
		assertThat(FieldValues.expected(field(FieldType.DATE_TIME))).isEqualTo(new Problem("date-time"));
		assertThat(FieldValues.expected(field(FieldType.DECIMAL))).isEqualTo(new Problem("decimal"));
	}

	@Test
	void displayKeepsDatesAsTextAndSetsAsLists() {
		assertThat(FieldValues.display(LocalDate.of(2026, 7, 1))).isEqualTo("2026-07-01");
		assertThat(FieldValues.display(OffsetDateTime.parse("2026-07-01T10:00+09:00"))).isEqualTo("2026-07-01T10:00+09:00");
		assertThat(FieldValues.display(new TreeSet<>(Set.of("B", "A")))).isEqualTo(List.of("A", "B"));
		assertThat(FieldValues.display(new BigDecimal("1.50"))).isEqualTo(new BigDecimal("1.50"));
		assertThat(FieldValues.display("text")).isEqualTo("text");
	}

	@Property
	void anyTextWithinTheLimitIsAcceptedStripped(@ForAll @StringLength(max = 200) String text) {
		FormField shortText = field(FieldType.TEXT, FormField.Rule.NONE, null, 200);
		Object parsed = FieldValues.parse(shortText, text);
		assertThat(parsed).isEqualTo(text.strip());
		assertThat(FieldValues.check(shortText, parsed, CONTEXT)).isNull();
	}

	@Property
	void decimalsRoundTripThroughTheirText(@ForAll BigDecimal amount) {
		assertThat(FieldValues.parse(field(FieldType.DECIMAL), amount.toPlainString())).isEqualTo(
				new BigDecimal(amount.toPlainString()));
		assertThat(FieldValues.parse(field(FieldType.DECIMAL), amount.toString())).isEqualTo(amount);
	}

}
