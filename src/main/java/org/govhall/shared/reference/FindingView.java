package org.govhall.shared.reference;

import java.util.List;
import java.util.Locale;

import org.govhall.shared.identifiers.Finding;
import org.govhall.shared.identifiers.ValidationResult;

import org.springframework.context.MessageSource;

/**
 * One error or warning of a check as the API shows it: a stable code and a message in the caller's language.
 *
 * @param code the message key, e.g. {@code validation.creditCode.checkCharacter}
 * @param message the text, in Chinese or English
 */
record FindingView(String code, String message) {

	static List<FindingView> of(List<Finding> findings, MessageSource messages, Locale locale) {
		return findings.stream()
			.map(f -> new FindingView(f.messageKey(),
					messages.getMessage(f.messageKey(), f.args().toArray(), f.messageKey(), locale)))
			.toList();
	}

	static List<FindingView> errors(ValidationResult result, MessageSource messages, Locale locale) {
		return of(result.errors(), messages, locale);
	}

	static List<FindingView> warnings(ValidationResult result, MessageSource messages, Locale locale) {
		return of(result.warnings(), messages, locale);
	}
}
