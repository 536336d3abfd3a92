package org.govhall.casework;

import java.time.Instant;
import java.util.List;

/**
 * A finished case (办结) as those who follow up on it read it — the ratings (好差评) module opening the case for the
 * applicant's rating: what was applied for, the departments that handled it, who applied and how it ended.
 *
 * @param caseNumber the case
 * @param item the implementation code of the case's item (of the first item for a bundle)
 * @param itemName the item's name (the bundle's title for a bundle)
 * @param departments the departments that held a branch, in the order of the branches (the first leads)
 * @param personAccount the applying person's account (0 for the demo history)
 * @param personName the applying person's name
 * @param personIdNumber the applying person's identity number
 * @param outcome how it ended
 * @param finishedAt when it ended
 */
public record FinishedCase(String caseNumber, String item, String itemName, List<String> departments,
		long personAccount, String personName, String personIdNumber, CaseStatus outcome, Instant finishedAt) {
}
