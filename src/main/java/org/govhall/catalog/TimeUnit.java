package org.govhall.catalog;

/** The unit of a legal or promised time limit (时限单位). */
public enum TimeUnit {
	WORKING_DAYS, CALENDAR_DAYS, MONTHS
}
