package org.govhall.shared.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers every error the servlet container routes to {@code /error}: a problem document for API paths and for
 * clients that ask for JSON, a friendly bilingual page for people.
 */
@Controller
class ErrorPagesController implements ErrorController {

	private final Problems problems;

	private final ProblemResponses responses;

	ErrorPagesController(Problems problems, ProblemResponses responses) {
		this.problems = problems;
		this.responses = responses;
	}

	@RequestMapping(value = "/error", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE,
			MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<Object> problem(HttpServletRequest request) {
		HttpStatusCode status = status(request);
		Locale locale = LocaleContextHolder.getLocale();
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(responses.body(problems.forStatus(status, locale, originalRequest(request))));
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null && path.startsWith("/api/")) {
			return problem(request);
		}
		HttpStatusCode status = status(request);
		response.setStatus(status.value());
		String kind = switch (status.value()) {
			case 400, 401, 403, 404, 405 -> String.valueOf(status.value());
			default -> status.is5xxServerError() ? "500" : "other";
		};
		model.addAttribute("status", status.value());
		model.addAttribute("kind", kind);
		model.addAttribute("detail", request.getAttribute(PageProblemAdvice.DETAIL));
		return "error";
	}

	private static HttpStatusCode status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static HttpServletRequest originalRequest(HttpServletRequest request) {
		return new jakarta.servlet.http.HttpServletRequestWrapper(request) {
			@Override
			public String getRequestURI() {
				Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
				return uri instanceof String original ? original : super.getRequestURI();
			}
		};
	}
}
