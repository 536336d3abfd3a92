package org.govhall.shared.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page controller runs a person's action and tells them how it went: a {@link ProblemException}
 * becomes a refusal shown on the page (its sentence, and the field at fault), success a confirmation; both reach
 * the page as {@link Feedback}, flashed across a redirect or put in the model of a page shown again. A refusal for
 * lack of rights (401, 403) is never softened into feedback: it goes on to the error page, with its sentence.
 */
@Component
public class PageFeedback {

	private final MessageSource messages;

	PageFeedback(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs {@code action}; when refused, the refusal is flashed for the page redirected to. */
	public boolean attempt(RedirectAttributes redirect, Runnable action) {
		return call(redirect, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/** Runs {@code action} for its result; empty when refused, with the refusal flashed. */
	public <T> Optional<T> call(RedirectAttributes redirect, Supplier<T> action) {
		try {
			return Optional.of(action.get());
		}
		catch (ProblemException problem) {
			redirect.addFlashAttribute(Feedback.ATTRIBUTE, refusal(problem));
			return Optional.empty();
		}
	}

	/** Runs {@code action}; when refused, the refusal is put in the model of the page shown again. */
	public boolean attempt(Model model, Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (ProblemException problem) {
			model.addAttribute(Feedback.ATTRIBUTE, refusal(problem));
			return false;
		}
	}

	/** Confirms an action on the page redirected to. */
	public void done(RedirectAttributes redirect, String messageKey, Object... args) {
		redirect.addFlashAttribute(Feedback.ATTRIBUTE, new Feedback(false, text(messageKey, args), null));
	}

	/** Confirms an action on the page shown now. */
	public void done(Model model, String messageKey, Object... args) {
		model.addAttribute(Feedback.ATTRIBUTE, new Feedback(false, text(messageKey, args), null));
	}

	/** Refuses on the controller's own account (a form the page itself checks), on the page redirected to. */
	public void refuse(RedirectAttributes redirect, String field, String messageKey, Object... args) {
		redirect.addFlashAttribute(Feedback.ATTRIBUTE, new Feedback(true, text(messageKey, args), field));
	}

	/** Refuses on the controller's own account, on the page shown now. */
	public void refuse(Model model, String field, String messageKey, Object... args) {
		model.addAttribute(Feedback.ATTRIBUTE, new Feedback(true, text(messageKey, args), field));
	}

	/** The feedback of a refusal. */
	public Feedback refusal(ProblemException problem) {
		if (problem.status() == HttpStatus.UNAUTHORIZED || problem.status() == HttpStatus.FORBIDDEN) {
			throw problem;
		}
		return new Feedback(true, problem.text(messages, LocaleContextHolder.getLocale()),
				problem.field().orElse(null));
	}

	private String text(String messageKey, Object... args) {
		return messages.getMessage(messageKey, args, messageKey, LocaleContextHolder.getLocale());
	}
}
