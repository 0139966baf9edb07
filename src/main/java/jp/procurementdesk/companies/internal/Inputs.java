package jp.procurementdesk.companies.internal;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;

import org.springframework.stereotype.Component;

/**
 * The module's inputs checked against their annotations, in the module itself: the REST API
 * and the pages get the same rules and the same problems ({@code validation.<code>} of the
 * message bundles), one per field, named by its path ({@code interests.unspscPrefixes}).
 * Custom codes come as the constraint's message ({@code @Pattern(message = "product-unspsc-code")}).
 */
@Component
class Inputs {

	private static final String REQUIRED = "required";

	private final Validator validator;

	Inputs(Validator validator) {
		this.validator = validator;
	}

	/** The input, or 400 with a problem per refused field; a missing body is refused as a whole. */
	<T> T check(T input) {
		Map<String, Problem> problems = problems(input);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return input;
	}

	/** Field -> its first problem, by field name; empty when the input is fine. */
	<T> Map<String, Problem> problems(T input) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (input == null) {
			problems.put("body", new Problem(REQUIRED));
			return problems;
		}
		validator.validate(input)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<T> violation) -> field(violation.getPropertyPath())))
			.forEach(violation -> problems.putIfAbsent(field(violation.getPropertyPath()), problem(violation)));
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
		if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
			return new Problem(REQUIRED);
		}
		if (constraint instanceof Size size) {
			return violation.getInvalidValue() instanceof CharSequence ? new Problem("too-long", size.max())
					: new Problem("company-too-many", size.max());
		}
		if (constraint instanceof Email) {
			return new Problem("company-email");
		}
		return new Problem(violation.getMessageTemplate());
	}

}
