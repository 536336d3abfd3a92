package org.govhall.licence;

import java.time.Instant;

/**
 * One use of a licence its holder sees (用证记录): who, when, how and for which case.
 *
 * @param kind VERIFIED, READ, ATTACHED, SHARED or DOWNLOADED
 * @param usedBy who (a department, the public verification page, the holder)
 * @param caseNumber the case it served, if any
 * @param purpose what for
 * @param usedAt when
 */
public record LicenceUse(String kind, String usedBy, String caseNumber, String purpose, Instant usedAt) {
}
