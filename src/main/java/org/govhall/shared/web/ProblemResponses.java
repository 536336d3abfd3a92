package org.govhall.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes a problem straight to the servlet response, for the places outside Spring MVC that must answer with
 * one: the security filters (401, 403, CSRF) and the error controller.
 */
@Component
public class ProblemResponses {

	private final Problems problems;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ProblemResponses(Problems problems, LocaleResolver locales, JsonMapper json) {
		this.problems = problems;
		this.locales = locales;
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		write(response, problems.forStatus(status, locale, request), locale);
	}

	public Map<String, Object> body(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

	private void write(HttpServletResponse response, ProblemDetail problem, Locale locale) throws IOException {
		response.setStatus(problem.getStatus());
		response.setCharacterEncoding("UTF-8");
		response.setContentType("application/problem+json");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
		json.writeValue(response.getOutputStream(), body(problem));
	}
}
