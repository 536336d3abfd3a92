package org.govhall.catalog;

/** Whether a material is required (必要性): always, in some cases, or optionally. */
public enum Necessity {
	REQUIRED, CONDITIONAL, OPTIONAL
}
