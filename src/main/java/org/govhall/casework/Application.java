package org.govhall.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application (申请) while it is drafted and after it was submitted: what it applies for, who applies, the
 * merged form with the answers so far and the materials.
 *
 * @param id the application's id
 * @param kind a private person or a company
 * @param applicantName the person's name
 * @param companyName the company's name when acting for one
 * @param creditCode the company's credit code when acting for one
 * @param item the item applied for (its implementation code), or null for a bundle
 * @param bundle the bundle applied for, or null for an item
 * @param title what the applicant reads as the subject
 * @param status {@code DRAFT}, {@code SUBMITTED} or {@code DISCARDED}
 * @param fields the merged form
 * @param savedEntries how many entries the merge of a bundle's forms saved (asked once instead of several times)
 * @param materials the materials
 * @param caseNumber the case number once submitted
 * @param updatedAt when it was last saved
 * @param version the version to send back with a change (optimistic locking)
 */
public record Application(UUID id, ApplicantKind kind, String applicantName, String companyName, String creditCode,
		String item, String bundle, String title, String status, List<FormField> fields, int savedEntries,
		List<MaterialRequirement> materials, String caseNumber, Instant updatedAt, int version) {
}
