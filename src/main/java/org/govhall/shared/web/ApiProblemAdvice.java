package org.govhall.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.exc.MismatchedInputException;

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
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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
		ProblemDetail problem = ex.field().isPresent()
				? problems.invalid(ex.refusals().stream()
					.map(r -> new Problems.FieldProblem(r.field(), r.messageKey(), r.text(messages, locale)))
					.toList(), locale, request)
				: problems.create(ex.status(), ex.type(), ex.messageKey(), ex.args(), locale, request);
		ResponseEntity<ProblemDetail> response = respond(problem, locale);
		return ex.retryAfter()
			.map(wait -> ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())))
				.body(response.getBody()))
			.orElse(response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		return respond(problems.forStatus(HttpStatus.FORBIDDEN, locale, request), locale);
	}

	/** A parameter that does not parse: named, with the form it should have ("应为日期，格式为 年-月-日"). */
	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatched(TypeMismatchException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: String.valueOf(ex.getPropertyName());
		return invalidField(name, "problem.validation.parameter", ex.getRequiredType(), locale, request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		Class<?> type = ex.getMethodParameter() == null ? null : ex.getMethodParameter().getParameterType();
		return invalidField(ex.getParameterName(), "problem.validation.missingParameter", type, locale, request);
	}

	/**
	 * A body that does not parse: the field named with its expected form where the parser says which field it
	 * was; a body that is not JSON at all is a bad request.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath().stream()
				.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
				.collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
			return invalidField(field, "problem.validation.bodyField", mismatch.getTargetType(), locale, request);
		}
		return respond(problems.create(HttpStatus.BAD_REQUEST, "bad-request", "problem.bad-request.unreadable", null,
				locale, request), locale);
	}

	/** A multipart upload that cannot be parsed (a malformed part, a control character in a file name). */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unreadableUpload(MultipartException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		if (ex instanceof MaxUploadSizeExceededException) {
			return respond(problems.create(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
					"problem.upload.tooLarge", null, locale, request), locale);
		}
		return respond(problems.create(HttpStatus.BAD_REQUEST, "bad-request", "problem.upload.unreadable", null,
				locale, request), locale);
	}

	private ResponseEntity<ProblemDetail> invalidField(String field, String key, Class<?> type, Locale locale,
			HttpServletRequest request) {
		String message = messages.getMessage(key, new Object[] { field, ExpectedForm.of(type, messages, locale) },
				locale);
		return respond(problems.invalid(List.of(new Problems.FieldProblem(field, key, message)), locale, request),
				locale);
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
