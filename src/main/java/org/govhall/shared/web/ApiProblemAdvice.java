package org.govhall.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns every failure of an API controller into an RFC 9457 problem in the requester's language (zh-CN unless
 * the request asks for English). Unexpected failures answer 500 without internals and are logged.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final Problems problems;

	private final MessageSource messages;

	ApiProblemAdvice(Problems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldProblem> fields = ex.getBindingResult().getAllErrors().stream()
			.map(error -> fieldProblem(error, error instanceof FieldError f ? f.getField() : error.getObjectName(),
					locale))
			.toList();
		return respond(problems.invalid(fields, locale, request), locale);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldProblem> fields = ex.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> fieldProblem(error, result.getMethodParameter().getParameterName(), locale)))
			.toList();
		return respond(problems.invalid(fields, locale, request), locale);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> violated(ConstraintViolationException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldProblem> fields = ex.getConstraintViolations().stream()
			.map(v -> new Problems.FieldProblem(leaf(v.getPropertyPath().toString()),
					v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
			.toList();
		return respond(problems.invalid(fields, locale, request), locale);
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> refused(ProblemException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		return respond(problems.create(ex.status(), ex.type(), ex.messageKey(), ex.args(), locale, request), locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		return respond(problems.forStatus(HttpStatus.FORBIDDEN, locale, request), locale);
	}

	/**
	 * A staff-only service reached by someone who is not staff (a signed-in citizen): forbidden; by nobody
	 * signed in: unauthorised.
	 */
	@ExceptionHandler(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class)
	ResponseEntity<ProblemDetail> notStaff(Exception ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && auth.isAuthenticated()
				&& !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
		return respond(problems.forStatus(signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED, locale, request),
				locale);
	}

	@ExceptionHandler({ TypeMismatchException.class, HttpMessageNotReadableException.class })
	ResponseEntity<ProblemDetail> unreadable(Exception ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		return respond(problems.create(HttpStatus.BAD_REQUEST, "bad-request", "problem.bad-request.unreadable", null,
				locale, request), locale);
	}

	@ExceptionHandler({ ErrorResponseException.class, ServletException.class })
	ResponseEntity<ProblemDetail> framework(Exception failure, HttpServletRequest request) {
		if (!(failure instanceof ErrorResponse ex)) {
			return unexpected(failure, request);
		}
		Locale locale = LocaleContextHolder.getLocale();
		HttpStatusCode status = ex.getStatusCode();
		ResponseEntity<ProblemDetail> response = respond(problems.forStatus(status, locale, request), locale);
		return ResponseEntity.status(status).headers(ex.getHeaders()).headers(response.getHeaders())
			.body(response.getBody());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), ex);
		Locale locale = LocaleContextHolder.getLocale();
		return respond(problems.forStatus(HttpStatus.INTERNAL_SERVER_ERROR, locale, request), locale);
	}

	/** {@code method.parameter.field} becomes {@code field}. */
	private static String leaf(String path) {
		String[] parts = path.split("\\.", 3);
		return parts.length == 3 ? parts[2] : parts[parts.length - 1];
	}

	private Problems.FieldProblem fieldProblem(MessageSourceResolvable error, String field, Locale locale) {
		String[] codes = error.getCodes();
		String code = codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
		return new Problems.FieldProblem(field, code, messages.getMessage(error, locale));
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, Locale locale) {
		return ResponseEntity.status(problem.getStatus())
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
			.body(problem);
	}
}
