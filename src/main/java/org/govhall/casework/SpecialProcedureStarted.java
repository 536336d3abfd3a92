package org.govhall.casework;

/**
 * A special procedure began on a branch; the facts carry its clock, paused ({@code paused} is true) — supervision
 * stops warning about the branch until {@link SpecialProcedureEnded}.
 *
 * @param facts the case and branch, clock paused
 * @param kind which special procedure
 * @param expectedDays how many days it is expected to take
 */
public record SpecialProcedureStarted(CaseFacts facts, String kind, int expectedDays) {
}
