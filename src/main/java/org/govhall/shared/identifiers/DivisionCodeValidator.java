package org.govhall.shared.identifiers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidDivisionCode}, reporting the first error's own message. */
public class DivisionCodeValidator implements ConstraintValidator<ValidDivisionCode, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return true;
		}
		return IdentifierConstraints.report(DivisionCodes.standard().check(value), context);
	}
}
