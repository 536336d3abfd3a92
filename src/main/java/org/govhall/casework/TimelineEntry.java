package org.govhall.casework;

import java.time.Instant;

/**
 * One step in a case's history (办理过程).
 *
 * @param at when
 * @param kind what happened, e.g. {@code SUBMITTED}, {@code ACCEPTED}, {@code CORRECTION_REQUESTED}
 * @param actor who did it (a staff username, {@code applicant} or {@code system})
 * @param branch the branch it concerns, if one
 * @param detail what was said, e.g. the reason
 */
public record TimelineEntry(Instant at, String kind, String actor, Long branch, String detail) {
}
