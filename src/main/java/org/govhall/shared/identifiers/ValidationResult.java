package org.govhall.shared.identifiers;

import java.util.List;

/**
 * The outcome of checking an identifier: errors make it invalid; warnings are worth telling but do not.
 */
public record ValidationResult(List<Finding> errors, List<Finding> warnings) {

	public ValidationResult {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public static ValidationResult ok() {
		return new ValidationResult(List.of(), List.of());
	}

	public static ValidationResult error(String key, Object... args) {
		return new ValidationResult(List.of(Finding.of(key, args)), List.of());
	}

	public static ValidationResult warning(String key, Object... args) {
		return new ValidationResult(List.of(), List.of(Finding.of(key, args)));
	}

	public boolean valid() {
		return errors.isEmpty();
	}
}
