package org.govhall.shared.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A request the hall refuses for a reason the user can act on. Carries a message key rather than text so the
 * answer comes in the user's language; rendered as an RFC 9457 problem by the API and as a friendly page
 * otherwise.
 * <p>
 * Every module says "this input is wrong" the same way, with {@link #invalid(String, String, Object...)}: status
 * 400, type {@code urn:govhall:problem:validation}, the field named in {@code errors[].field} and the message key in
 * {@code errors[].code} (ADR 0004).
 */
public class ProblemException extends RuntimeException {

	/** The type of every validation problem. */
	public static final String VALIDATION = "validation";

	private final HttpStatus status;

	private final String type;

	private final String messageKey;

	private final transient Object[] args;

	private final String field;

	private final Duration retryAfter;

	private final List<FieldRefusal> more;

	/**
	 * @param status the HTTP status
	 * @param type the problem type, a short slug such as {@code not-found}
	 * @param messageKey the message key of the detail
	 * @param args the message's arguments
	 */
	public ProblemException(HttpStatus status, String type, String messageKey, Object... args) {
		this(status, type, null, null, messageKey, args);
	}

	private ProblemException(HttpStatus status, String type, String field, Duration retryAfter, String messageKey,
			Object... args) {
		super(messageKey);
		this.status = status;
		this.type = type;
		this.field = field;
		this.retryAfter = retryAfter;
		this.messageKey = messageKey;
		this.args = args;
		this.more = List.of();
	}

	private ProblemException(List<FieldRefusal> refusals) {
		super(refusals.get(0).messageKey());
		this.status = HttpStatus.BAD_REQUEST;
		this.type = VALIDATION;
		this.field = refusals.get(0).field();
		this.retryAfter = null;
		this.messageKey = refusals.get(0).messageKey();
		this.args = refusals.get(0).args();
		this.more = List.copyOf(refusals.subList(1, refusals.size()));
	}

	/** One field at fault and why, for a refusal naming several at once. */
	public record FieldRefusal(String field, String messageKey, Object... args) {

		public String text(MessageSource messages, Locale locale) {
			return messages.getMessage(messageKey, args, messageKey, locale);
		}
	}

	/**
	 * Input that breaks a rule: the one way every module refuses it.
	 *
	 * @param field the request's field (or parameter) at fault, as the client sent it, e.g. {@code validUntil}
	 * @param messageKey the sentence saying what is wrong and how to put it right
	 * @param args the sentence's arguments
	 */
	public static ProblemException invalid(String field, String messageKey, Object... args) {
		return new ProblemException(HttpStatus.BAD_REQUEST, VALIDATION, field, null, messageKey, args);
	}

	/**
	 * Input that breaks several rules at once (a form checked before submission): the same problem as
	 * {@link #invalid(String, String, Object...)}, with every field at fault in {@code errors}.
	 */
	public static ProblemException invalid(List<FieldRefusal> refusals) {
		if (refusals.isEmpty()) {
			throw new IllegalArgumentException("a refusal names at least one field");
		}
		return new ProblemException(refusals);
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

	/** Nobody is signed in where somebody must be. */
	public static ProblemException unauthorized() {
		return new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized.detail");
	}

	/** A limit was reached; the answer says when to try again ({@code Retry-After}). */
	public static ProblemException tooManyRequests(Duration retryAfter, String messageKey, Object... args) {
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", null, retryAfter, messageKey,
				args);
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

	/** The field at fault, for a validation problem. */
	public Optional<String> field() {
		return Optional.ofNullable(field);
	}

	/** Every field at fault, the first one included. */
	public List<FieldRefusal> refusals() {
		if (field == null) {
			return List.of();
		}
		List<FieldRefusal> all = new ArrayList<>();
		all.add(new FieldRefusal(field, messageKey, args));
		all.addAll(more);
		return all;
	}

	/** How long the client should wait before trying again, for a limit reached. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

	/** The detail in {@code locale}, for pages that show it themselves. */
	public String text(MessageSource messages, Locale locale) {
		return messages.getMessage(messageKey, args, messageKey, locale);
	}

	public Object[] args() {
		return args.clone();
	}
}
