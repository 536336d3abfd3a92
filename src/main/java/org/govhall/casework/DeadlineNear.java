package org.govhall.casework;

/** Event: a branch's promised limit ends within the warning margin (once per branch). */
public record DeadlineNear(CaseFacts facts) {
}
