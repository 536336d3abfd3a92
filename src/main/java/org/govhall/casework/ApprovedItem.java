package org.govhall.casework;

import java.time.Instant;
import java.util.Map;

/**
 * One approved item of a case (准予), as those who act on approvals read it — the licence module issuing what the
 * item yields: who applied and for whom, and the answers the application gave (verified values included).
 *
 * @param caseNumber the case
 * @param item the item's implementation code
 * @param itemName the item's name
 * @param department the deciding department
 * @param applicantKind a private person or a company
 * @param personAccount the applying person's account (0 for the demo history)
 * @param personName the applying person's name
 * @param personIdNumber the applying person's identity number
 * @param creditCode the company's credit code when acting for one
 * @param companyName the company's name when acting for one
 * @param divisionCode the division the case belongs to
 * @param answers field name → value
 * @param approvedAt when the branch was approved
 */
public record ApprovedItem(String caseNumber, String item, String itemName, String department,
		ApplicantKind applicantKind, long personAccount, String personName, String personIdNumber, String creditCode,
		String companyName, String divisionCode, Map<String, String> answers, Instant approvedAt) {
}
