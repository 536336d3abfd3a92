package org.govhall.casework;

/** Event: the case ended (办结), approved, refused, not accepted or withdrawn; once per case. */
public record CaseFinished(CaseFacts facts, CaseStatus outcome) {
}
