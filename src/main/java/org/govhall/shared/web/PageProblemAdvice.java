package org.govhall.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A {@link ProblemException} on a page (not the API) becomes the friendly error page of its status, with the
 * problem's own sentence ("事项 … 不存在") under the heading. API controllers are answered by
 * {@link ApiProblemAdvice}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemAdvice {

	/** The request attribute that carries the sentence to the error page. */
	static final String DETAIL = "govhall.problem.detail";

	private final MessageSource messages;

	PageProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ProblemException.class)
	void refused(ProblemException problem, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		request.setAttribute(DETAIL, problem.text(messages, locale));
		response.sendError(problem.status().value());
	}
}
