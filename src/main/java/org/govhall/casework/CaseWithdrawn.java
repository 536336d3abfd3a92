package org.govhall.casework;

/** Event: the applicant withdrew the case. */
public record CaseWithdrawn(CaseFacts facts, String reason) {
}
