package jp.procurementdesk.cases;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An {@link OpenCase} of kind {@link CaseKind#SUPPORT} names at least one pathway; a
 * {@link CaseKind#QUESTION} may name none. Refused on the field {@code pathways}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PathwaysForKind.Check.class)
public @interface PathwaysForKind {

	String message() default "must not be empty";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule, for {@link OpenCase}. */
	class Check implements ConstraintValidator<PathwaysForKind, OpenCase> {

		@Override
		public boolean isValid(OpenCase inquiry, ConstraintValidatorContext context) {
			if (inquiry == null || !needsPathway(inquiry.kind(), inquiry.pathways() == null ? 0 : inquiry.pathways().size())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("must not be empty").addPropertyNode("pathways")
				.addConstraintViolation();
			return false;
		}

		/** Whether an inquiry of this kind with this many pathways lacks one. */
		public static boolean needsPathway(CaseKind kind, int pathways) {
			return kind != CaseKind.QUESTION && pathways == 0;
		}

	}

}
