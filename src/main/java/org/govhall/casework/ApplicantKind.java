package org.govhall.casework;

/** Who applies: a private person for themself (自然人), or a person acting for a company (法人). */
public enum ApplicantKind {
	PERSON, COMPANY
}
