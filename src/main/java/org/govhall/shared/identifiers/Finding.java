package org.govhall.shared.identifiers;

import java.util.List;

/**
 * One thing found wrong with an identifier, as a message key and its arguments — never as text, so that it can
 * be told in the reader's language.
 */
public record Finding(String messageKey, List<Object> args) {

	public Finding {
		args = List.copyOf(args);
	}

	public static Finding of(String messageKey, Object... args) {
		return new Finding(messageKey, List.of(args));
	}
}
