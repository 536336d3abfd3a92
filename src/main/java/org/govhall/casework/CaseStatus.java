package org.govhall.casework;

/** Where a case (办件) stands as a whole. */
public enum CaseStatus {
	/** submitted, waiting for intake */
	SUBMITTED,
	/** accepted by at least one department, being handled */
	IN_PROGRESS,
	/** a department asked for corrections (补正); the clock of that branch is paused */
	CORRECTION,
	/** every branch approved (办结：准予) */
	APPROVED,
	/** a branch refused: one combined decision (办结：不予) */
	REFUSED,
	/** a department refused to accept it (不予受理) */
	NOT_ACCEPTED,
	/** the applicant withdrew it (撤回) */
	WITHDRAWN;

	public boolean finished() {
		return this == APPROVED || this == REFUSED || this == NOT_ACCEPTED || this == WITHDRAWN;
	}
}
