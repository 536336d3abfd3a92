package org.govhall.casework;

import java.util.List;

import org.govhall.shared.web.ProblemException;

/**
 * The pre-check (网上预审) of an application: every problem that would stop its submission, field by field and
 * material by material, in the order of the form.
 *
 * @param problems what is missing or wrong; empty when the application can be submitted
 */
public record Precheck(List<Problem> problems) {

	public boolean passed() {
		return problems.isEmpty();
	}

	/** The refusal of a submission that did not pass: 400, every problem a field of it. */
	public ProblemException refusal() {
		return ProblemException.invalid(problems.stream()
			.map(p -> new ProblemException.FieldRefusal(p.field(), p.messageKey(), p.args().toArray()))
			.toList());
	}

	/**
	 * One problem.
	 *
	 * @param field the form entry's key or {@code materials/<material key>}
	 * @param messageKey what is wrong, as a message key
	 * @param args the message's arguments
	 */
	public record Problem(String field, String messageKey, List<Object> args) {
	}
}
