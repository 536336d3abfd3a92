package org.govhall.shared.identifiers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text is a valid divisionCode (blank counts as valid: combine with {@code @NotBlank}). The message names
 * the precise fault, in the user's language.
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidDivisionCode {

	String message() default "{validation.divisionCode.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
