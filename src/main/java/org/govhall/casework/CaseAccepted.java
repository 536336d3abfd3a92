package org.govhall.casework;

/** Event: a department accepted its branch (受理). */
public record CaseAccepted(CaseFacts facts) {
}
