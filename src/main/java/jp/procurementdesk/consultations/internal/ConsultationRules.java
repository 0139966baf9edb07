package jp.procurementdesk.consultations.internal;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.consultations.ConsultationInput;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;

import org.springframework.stereotype.Component;

/**
 * The rules of a {@link ConsultationInput} (docs/consultations.md): its annotations, and the
 * date of the consultation not after today in the desk's zone (the clock's). One problem per
 * field ({@code validation.<code>} of the message bundles), for the API and the page alike.
 */
@Component
class ConsultationRules {

	private final Validator validator;

	private final Clock clock;

	ConsultationRules(Validator validator, Clock clock) {
		this.validator = validator;
		this.clock = clock;
	}

	/** The input, or 400 with a problem per refused field. */
	ConsultationInput check(ConsultationInput input) {
		Map<String, Problem> problems = problems(input);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return input;
	}

	/** Field -> its first problem; empty when the input keeps the rules. */
	Map<String, Problem> problems(ConsultationInput input) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (input == null) {
			problems.put("body", new Problem("required"));
			return problems;
		}
		validator.validate(input)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<ConsultationInput> violation) -> field(violation.getPropertyPath())))
			.forEach(violation -> problems.putIfAbsent(field(violation.getPropertyPath()), problem(violation)));
		if (input.heldOn() != null && input.heldOn().isAfter(LocalDate.now(clock))) {
			problems.putIfAbsent("heldOn", new Problem("not-in-future"));
		}
		return problems;
	}

	private static String field(Path path) {
		StringJoiner field = new StringJoiner(".");
		path.forEach(node -> {
			if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
				field.add(node.getName());
			}
		});
		return field.toString();
	}

	private static Problem problem(ConstraintViolation<?> violation) {
		Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
		if (constraint instanceof NotEmpty && "topics".equals(field(violation.getPropertyPath()))) {
			return new Problem("at-least-one");
		}
		if (constraint instanceof Size size) {
			return new Problem("too-long", size.max());
		}
		if (constraint instanceof Min || constraint instanceof Max) {
			return new Problem("consultation-minutes", ConsultationInput.MIN_MINUTES, ConsultationInput.MAX_MINUTES);
		}
		return new Problem("required");
	}

}
