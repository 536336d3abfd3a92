package org.govhall.catalog;

import java.util.List;

/**
 * One page of item summaries.
 *
 * @param items the page's items, best or most used first
 * @param total how many matched in all
 * @param page the page number, from 0
 * @param size the page size
 */
public record SummaryPage(List<ItemSummary> items, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}
}
