package org.govhall.catalog.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * One line of the error summary at the top of the editor: where the mistake is ("申报材料第 2 行 · 情形") and what
 * it is, linking to the control (whose id is its path on the form) when there is one.
 *
 * @param anchor the id of the control at fault, or {@code null}
 * @param text the sentence
 */
record EditorProblem(String anchor, String text) {

	/** The summary of every error of the form, in its order. */
	static List<EditorProblem> of(BindingResult binding, MessageSource messages, Locale locale) {
		return binding.getAllErrors().stream().map(error -> {
			String message = messages.getMessage(error, locale);
			if (error instanceof FieldError field) {
				return new EditorProblem(field.getField(), messages.getMessage("catalog.edit.problem",
						new Object[] { place(field.getField(), messages, locale), message }, locale));
			}
			return new EditorProblem(null, message);
		}).toList();
	}

	/** What the editor calls the control at {@code path}: its label, with the list and row it is in. */
	static String place(String path, MessageSource messages, Locale locale) {
		String column = path.replaceAll("\\[\\d+]", "");
		int open = path.indexOf('[');
		if (open < 0) {
			return label(column, messages, locale);
		}
		String list = path.substring(0, open);
		int row = Integer.parseInt(path.substring(open + 1, path.indexOf(']'))) + 1;
		String place = messages.getMessage("catalog.edit.row.of", new Object[] { label(list, messages, locale), row },
				locale);
		return column.equals(list) ? place
				: messages.getMessage("catalog.edit.row.column", new Object[] { place, label(column, messages, locale) },
						locale);
	}

	private static String label(String path, MessageSource messages, Locale locale) {
		return messages.getMessage("catalog.edit.field." + path, null, path, locale);
	}
}
