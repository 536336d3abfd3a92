package org.govhall.casework;

/**
 * A branch's limit was extended with the head's approval; the facts carry the new due date.
 *
 * @param facts the case and branch, after the extension
 * @param workingDays the working days added
 */
public record CaseExtended(CaseFacts facts, int workingDays) {
}
