package org.govhall.shared.web;

import java.io.Serializable;

/**
 * What a page tells a person about the action they just took: done, or refused and why (the refusal's own
 * sentence, and the field at fault when there is one, so that the field can point at it). Pages show it with the
 * layout's {@code feedback} fragment, always as {@code #feedback}. Serializable: a flash attribute travels in the
 * session, which lives in the database.
 *
 * @param refused whether the action was refused
 * @param text the sentence, in the person's language
 * @param field the form field at fault, if any
 */
public record Feedback(boolean refused, String text, String field) implements Serializable {

	/** The model (and flash) attribute the layout reads. */
	public static final String ATTRIBUTE = "feedback";

	/** Whether the refusal concerns {@code name}, for {@code aria-invalid} and {@code aria-describedby}. */
	public boolean concerns(String name) {
		return refused && name != null && name.equals(field);
	}
}
