package org.govhall.catalog.internal;

import java.util.List;

/**
 * What an import did: how many items and bundles it wrote, or, when anything was wrong, every problem found and
 * nothing written.
 *
 * @param imported whether the file was written
 * @param items items written
 * @param bundles bundles written
 * @param problems each rejected entry with the reason, in the reader's language
 */
public record ImportReport(boolean imported, int items, int bundles, List<Problem> problems) {

	/**
	 * One rejected entry.
	 *
	 * @param entry where: {@code items[12]} or {@code bundles[0]}
	 * @param code the entry's code, when it has one
	 * @param field the field at fault, when one is
	 * @param message what is wrong
	 */
	public record Problem(String entry, String code, String field, String message) {
	}
}
