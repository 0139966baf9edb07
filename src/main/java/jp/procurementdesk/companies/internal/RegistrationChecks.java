package jp.procurementdesk.companies.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.companies.RegistrationRequest;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;

import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

/**
 * A registration request's rules, each field's (Bean Validation on {@link RegistrationRequest})
 * and those across fields ({@link RegistrationRequestValidator}), as one 400 naming every
 * refused field with a {@code validation.<code>} message: the API answers them in English, the
 * registration page in its language.
 */
@Component
class RegistrationChecks {

	private final Validator beanValidation;

	private final RegistrationRequestValidator crossFieldRules;

	RegistrationChecks(Validator beanValidation, RegistrationRequestValidator crossFieldRules) {
		this.beanValidation = beanValidation;
		this.crossFieldRules = crossFieldRules;
	}

	/** @throws InvalidInputException when any field is refused */
	void check(RegistrationRequest request) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		// Per field, "required" before any other problem, so that a field always shows the same one.
		beanValidation.validate(request)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<RegistrationRequest> violation) -> field(violation))
				.thenComparing(violation -> problem(violation).code().equals("required") ? 0 : 1))
			.forEach(violation -> problems.putIfAbsent(field(violation), problem(violation)));
		for (FieldError error : crossFieldRules.validateObject(request).getFieldErrors()) {
			problems.putIfAbsent(error.getField(), new Problem(error.getCode()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** {@code productCategories[].<list element>} is the field {@code productCategories}. */
	private static String field(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString();
		int end = path.indexOf('[');
		if (end < 0) {
			end = path.indexOf('.');
		}
		return end < 0 ? path : path.substring(0, end);
	}

	private static Problem problem(ConstraintViolation<?> violation) {
		Object annotation = violation.getConstraintDescriptor().getAnnotation();
		if (annotation instanceof Size size) {
			boolean tooShort = violation.getInvalidValue() instanceof CharSequence text && text.length() < size.min();
			return tooShort ? new Problem("required") : new Problem("too-long", size.max());
		}
		if (annotation instanceof Email) {
			return new Problem("email");
		}
		if (annotation instanceof AssertTrue) {
			return new Problem("accept-terms");
		}
		if (annotation instanceof NotEmpty) {
			return new Problem("at-least-one");
		}
		return new Problem("required");
	}

}
