package org.govhall.catalog;

/** Whom an item serves (服务对象): natural persons, legal persons, or both when an item names both. */
public enum Audience {
	NATURAL_PERSON, LEGAL_PERSON
}
