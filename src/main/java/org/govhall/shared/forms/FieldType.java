package org.govhall.shared.forms;

/** What kind of value a form field holds (字段类型). */
public enum FieldType {

	/** one line of text */
	TEXT,
	/** several lines of text */
	LONG_TEXT,
	/** a number, possibly with decimals */
	NUMBER,
	/** a day, written year-month-day */
	DATE,
	/** one of the field's options */
	CHOICE,
	/** yes or no */
	BOOLEAN
}
