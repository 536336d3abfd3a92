package org.govhall.casework;

/** Event: a case was submitted (once per case; item and department are the first stage's, for a bundle the bundle). */
public record CaseSubmitted(CaseFacts facts) {
}
