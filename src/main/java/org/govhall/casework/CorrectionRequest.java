package org.govhall.casework;

import java.util.List;

/**
 * A department's one request for corrections (一次性告知补正): every entry and material to put right, at once.
 *
 * @param branch the branch asking
 * @param department the department asking
 * @param entries the form entries and materials (by key) with what is wrong with each
 */
public record CorrectionRequest(long branch, String department, List<Entry> entries) {

	/** One entry to correct: a form entry's key or {@code materials/<key>}, and what is wrong. */
	public record Entry(String field, String reason) {
	}
}
