package org.govhall.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A request the hall refuses for a reason the user can act on. Carries a message key rather than text so the
 * answer comes in the user's language; rendered as an RFC 9457 problem by the API and as a friendly page
 * otherwise.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final String messageKey;

	private final transient Object[] args;

	/**
	 * @param status the HTTP status
	 * @param type the problem type, a short slug such as {@code not-found}
	 * @param messageKey the message key of the detail
	 * @param args the message's arguments
	 */
	public ProblemException(HttpStatus status, String type, String messageKey, Object... args) {
		super(messageKey);
		this.status = status;
		this.type = type;
		this.messageKey = messageKey;
		this.args = args;
	}

	public static ProblemException notFound(String messageKey, Object... args) {
		return new ProblemException(HttpStatus.NOT_FOUND, "not-found", messageKey, args);
	}

	public static ProblemException conflict(String messageKey, Object... args) {
		return new ProblemException(HttpStatus.CONFLICT, "conflict", messageKey, args);
	}

	public static ProblemException forbidden(String messageKey, Object... args) {
		return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", messageKey, args);
	}

	public HttpStatus status() {
		return status;
	}

	public String type() {
		return type;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The detail in {@code locale}, for pages that show it themselves. */
	public String text(MessageSource messages, Locale locale) {
		return messages.getMessage(messageKey, args, messageKey, locale);
	}

	public Object[] args() {
		return args.clone();
	}
}
