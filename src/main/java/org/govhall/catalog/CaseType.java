package org.govhall.catalog;

/** Whether an item is decided at once (即办件) or within a promised time limit (承诺件). */
public enum CaseType {
	IMMEDIATE, PROMISED
}
