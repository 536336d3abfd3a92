package org.govhall.shared.identifiers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidIdentityNumber}, reporting the first error's own message. */
public class IdentityNumberValidator implements ConstraintValidator<ValidIdentityNumber, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return true;
		}
		return IdentifierConstraints.report(IdentityNumbers.check(value, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))), context);
	}
}
