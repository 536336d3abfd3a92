package org.govhall.casework;

/** Event: a branch refused (不予) or refused to accept (不予受理); the case ends with one combined decision. */
public record CaseRefused(CaseFacts facts, String reason, String legalBasis) {
}
