package org.govhall.shared.identifiers;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Turns the first error of a check into a Bean Validation message with the finding's key. The finding's
 * arguments become message parameters {@code {0}}, {@code {1}}, … so that the same bundle text serves both
 * the validator and code that formats a {@link Finding} with a {@code MessageSource}.
 */
final class IdentifierConstraints {

	private IdentifierConstraints() {
	}

	static boolean report(ValidationResult result, ConstraintValidatorContext context) {
		if (result.valid()) {
			return true;
		}
		Finding first = result.errors().get(0);
		context.disableDefaultConstraintViolation();
		HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
		for (int i = 0; i < first.args().size(); i++) {
			hibernate.addMessageParameter(String.valueOf(i), first.args().get(i));
		}
		hibernate.buildConstraintViolationWithTemplate("{" + first.messageKey() + "}").addConstraintViolation();
		return false;
	}
}
