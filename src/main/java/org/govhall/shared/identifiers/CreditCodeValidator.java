package org.govhall.shared.identifiers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidCreditCode}, reporting the first error's own message. */
public class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return true;
		}
		return IdentifierConstraints.report(CreditCodes.check(value), context);
	}
}
