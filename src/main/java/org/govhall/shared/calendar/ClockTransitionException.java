package org.govhall.shared.calendar;

import java.util.List;

/**
 * A change a statutory clock cannot make (pausing a paused clock, going back in time). Carries a message key so
 * the person who tried it is told why in their language.
 */
public class ClockTransitionException extends RuntimeException {

	private final String messageKey;

	private final transient List<Object> args;

	public ClockTransitionException(String messageKey, Object... args) {
		super(messageKey + " " + List.of(args));
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.toArray();
	}
}
