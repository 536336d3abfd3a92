package org.govhall.casework;

import java.util.List;
import java.util.UUID;

/**
 * A case with everything about it the reader may see: its branches with their clocks, the timeline and, while a
 * correction is asked for, what is to be corrected.
 *
 * @param summary the case
 * @param application the application it was submitted from
 * @param item the item's implementation code, or null for a bundle
 * @param bundle the bundle's code, or null for an item
 * @param branches one per item, stage by stage
 * @param timeline oldest first
 * @param corrections what the departments asked to correct, while they wait for it
 * @param decisionReason the combined decision's reason, for a refusal
 */
public record CaseFile(CaseSummary summary, UUID application, String item, String bundle, List<Branch> branches,
		List<TimelineEntry> timeline, List<CorrectionRequest> corrections, String decisionReason) {
}
