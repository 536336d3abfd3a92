package org.govhall.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.govhall.catalog.ApplicationForm;
import org.govhall.catalog.ApplicationForm.Field;
import org.govhall.shared.forms.FieldType;

import org.springframework.context.MessageSource;

/**
 * The application form as the applicant will see it, for the editor's preview: each field with the label the
 * applicant reads (its own, or its data element's name), whether it is required, its hint, and the control its
 * type calls for. Drawn from the rows as they stand, saved or not.
 *
 * @param questions the fields in the applicant's order
 */
record FormPreview(List<Question> questions) {

	/** More options than this are a drop-down list, fewer a group of radio buttons. */
	static final int MOST_RADIO_BUTTONS = 5;

	/**
	 * One field as the applicant sees it.
	 *
	 * @param id the id of its control on the page
	 * @param label what the applicant reads
	 * @param type its type ({@code TEXT} when the row names none yet)
	 * @param required whether it must be filled in
	 * @param options the choices of a choice
	 * @param maxLength the longest value it takes
	 * @param hint a line of help, or empty
	 */
	record Question(String id, String label, FieldType type, boolean required, List<String> options, int maxLength,
			String hint) {

		/** Whether the choices are shown as radio buttons (a few) rather than a drop-down list. */
		public boolean radios() {
			return options.size() <= MOST_RADIO_BUTTONS;
		}
	}

	static FormPreview of(ApplicationForm form, MessageSource messages, Locale locale) {
		List<Field> fields = form.fields();
		return new FormPreview(IntStream.range(0, fields.size())
			.mapToObj(i -> question("preview-" + (i + 1), fields.get(i), messages, locale))
			.toList());
	}

	private static Question question(String id, Field field, MessageSource messages, Locale locale) {
		String label = field.label() != null && !field.label().isBlank() ? field.label()
				: field.element() != null ? messages.getMessage(field.element().labelKey(), null, locale)
						: messages.getMessage("catalog.edit.preview.unnamed", null, locale);
		FieldType type = field.effectiveType() == null ? FieldType.TEXT : field.effectiveType();
		return new Question(id, label, type, field.required(), field.options(), field.effectiveMaxLength(),
				field.hint() == null ? "" : field.hint().strip());
	}
}
