package org.govhall.shared.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.govhall.shared.identifiers.ValidationResult;

/**
 * Values of form fields as people type them, read by their {@link FieldType}: the same reading everywhere a form
 * is checked, prefilled or shown.
 */
public final class FieldValues {

	private FieldValues() {
	}

	/** A day written year-month-day. */
	public static Optional<LocalDate> date(String value) {
		try {
			return Optional.of(LocalDate.parse(value.strip()));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	/** A number, with decimals if any; full-width digits and thousands separators are not numbers. */
	public static Optional<BigDecimal> number(String value) {
		try {
			return Optional.of(new BigDecimal(value.strip()));
		}
		catch (NumberFormatException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether {@code value} is a value of {@code type} (among {@code options} for a choice) no longer than
	 * {@code maxLength}. A blank value passes: whether it may be blank is the form's rule.
	 */
	public static ValidationResult check(FieldType type, String value, List<String> options, int maxLength) {
		if (value == null || value.isBlank()) {
			return ValidationResult.ok();
		}
		if (maxLength > 0 && value.strip().length() > maxLength) {
			return ValidationResult.error("validation.form.tooLong", maxLength);
		}
		return switch (type) {
			case DATE -> date(value).isPresent() ? ValidationResult.ok() : ValidationResult.error("validation.form.date");
			case NUMBER -> number(value).isPresent() ? ValidationResult.ok()
					: ValidationResult.error("validation.form.number");
			case BOOLEAN -> "true".equals(value.strip()) || "false".equals(value.strip()) ? ValidationResult.ok()
					: ValidationResult.error("validation.form.boolean");
			case CHOICE -> options != null && options.contains(value.strip()) ? ValidationResult.ok()
					: ValidationResult.error("validation.form.choice", String.join("、", options == null ? List.of() : options));
			case TEXT, LONG_TEXT -> ValidationResult.ok();
		};
	}
}
