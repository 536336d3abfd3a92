package org.govhall.casework;

/**
 * A special procedure of a branch ended; the branch's clock runs again and the facts carry the new due date.
 *
 * @param facts the case and branch, clock running again
 * @param kind which special procedure
 * @param pausedWorkingDays the working days it took, not counted toward the limit
 */
public record SpecialProcedureEnded(CaseFacts facts, String kind, int pausedWorkingDays) {
}
