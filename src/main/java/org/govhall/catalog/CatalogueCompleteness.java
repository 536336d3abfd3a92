package org.govhall.catalog;

/**
 * How complete a department's part of the catalogue is (数据治理: 事项要素完整度): its published items, how many of
 * them have a full guide (办事指南), and how many an application form with fields.
 *
 * @param department the department's code
 * @param published published items
 * @param withGuide of those, with a guide
 * @param withForm of those, with an application form
 */
public record CatalogueCompleteness(String department, long published, long withGuide, long withForm) {

	/** The share of published items with both a guide and a form's fields counted once each, 0–1. */
	public double share() {
		return published == 0 ? 0 : (withGuide + withForm) / (2.0 * published);
	}
}
