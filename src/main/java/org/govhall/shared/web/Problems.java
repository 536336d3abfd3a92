package org.govhall.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details in the requester's language: a stable type URI ({@code urn:govhall:problem:*})
 * that clients can switch on, a translated title and detail, and the request path as instance.
 */
@Component
public class Problems {

	public static final String TYPE_PREFIX = "urn:govhall:problem:";

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail create(HttpStatusCode status, String type, String detailKey, Object[] args, Locale locale,
			HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(messages.getMessage("problem." + type + ".title", null, type, locale));
		String defaultDetail = messages.getMessage("problem." + type + ".detail", null, null, locale);
		problem.setDetail(detailKey == null ? defaultDetail
				: messages.getMessage(detailKey, args, defaultDetail == null ? detailKey : defaultDetail, locale));
		if (request != null) {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		return problem;
	}

	/** The problem for a status without a more specific type. */
	public ProblemDetail forStatus(HttpStatusCode status, Locale locale, HttpServletRequest request) {
		return create(status, typeOf(status.value()), null, null, locale, request);
	}

	/**
	 * A validation problem listing every invalid field with a translated message; with one field its message is
	 * also the detail.
	 */
	public ProblemDetail invalid(List<FieldProblem> fields, Locale locale, HttpServletRequest request) {
		ProblemDetail problem = create(HttpStatusCode.valueOf(400), ProblemException.VALIDATION, null, null, locale,
				request);
		if (fields.size() == 1) {
			problem.setDetail(fields.get(0).message());
		}
		problem.setProperty("errors", fields.stream()
			.map(f -> Map.of("field", f.field(), "code", f.code(), "message", f.message()))
			.toList());
		return problem;
	}

	public static String typeOf(int status) {
		return switch (status) {
			case 400 -> "bad-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			case 429 -> "too-many-requests";
			default -> status >= 500 ? "server-error" : "bad-request";
		};
	}

	/** One invalid field of a request. */
	public record FieldProblem(String field, String code, String message) {
	}
}
