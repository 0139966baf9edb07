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
 * An {@link OpenCase} without a {@code productId} names its product: {@code productName} not
 * blank and {@code productCategory} given, each refused on its own field. With a
 * {@code productId} both may be left out (the register fills them in).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProductNamed.Check.class)
public @interface ProductNamed {

	String message() default "is required";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule, for {@link OpenCase}. */
	class Check implements ConstraintValidator<ProductNamed, OpenCase> {

		@Override
		public boolean isValid(OpenCase inquiry, ConstraintValidatorContext context) {
			if (inquiry == null || inquiry.productId() != null) {
				return true;
			}
			boolean valid = true;
			context.disableDefaultConstraintViolation();
			if (inquiry.productName() == null || inquiry.productName().isBlank()) {
				context.buildConstraintViolationWithTemplate("must not be blank").addPropertyNode("productName")
					.addConstraintViolation();
				valid = false;
			}
			if (inquiry.productCategory() == null) {
				context.buildConstraintViolationWithTemplate("must not be null").addPropertyNode("productCategory")
					.addConstraintViolation();
				valid = false;
			}
			return valid;
		}

	}

}
