package org.govhall.shared.identifiers;

/** Gender as encoded in an identity number's sequence code: odd male, even female. */
public enum Gender {
	MALE, FEMALE
}
