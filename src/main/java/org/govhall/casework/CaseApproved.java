package org.govhall.casework;

/** Event: a branch was approved (准予); for licences, one per approved item. */
public record CaseApproved(CaseFacts facts) {
}
