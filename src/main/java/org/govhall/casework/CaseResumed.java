package org.govhall.casework;

/** Event: the applicant handed in the corrections; the paused clock runs again. */
public record CaseResumed(CaseFacts facts) {
}
