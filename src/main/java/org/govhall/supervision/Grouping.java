package org.govhall.supervision;

/** What the efficiency figures are counted by. */
public enum Grouping {
	DEPARTMENT("department"), ITEM("item_code"), DISTRICT("division_code"), MONTH("to_char(day, 'YYYY-MM')"),
	WEEK("to_char(day, 'IYYY-\"W\"IW')"),
	/** everything in one group, keyed {@code total} */
	TOTAL("'total'");

	/** The key's SQL expression over {@code supervision_daily}: fixed text, never from a request. */
	final String column;

	Grouping(String column) {
		this.column = column;
	}

	public String labelKey() {
		return "supervision.by." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
