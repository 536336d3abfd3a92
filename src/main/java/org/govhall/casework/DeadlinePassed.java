package org.govhall.casework;

/** Event: a branch passed its promised limit and was escalated to the head (once per branch). */
public record DeadlinePassed(CaseFacts facts) {
}
