package org.govhall.casework;

/** Where one branch of a case stands: one item with its department (a bundle has one per member). */
public enum BranchStatus {
	/** its stage has not begun */
	WAITING,
	/** 受理: the department's window clerk accepts, asks for corrections or refuses to accept */
	INTAKE,
	/** waiting for the applicant's corrections; the clock is paused */
	CORRECTION,
	/** 审查 by a reviewer */
	REVIEW,
	/** 决定 by the department head */
	DECISION,
	APPROVED,
	REFUSED,
	NOT_ACCEPTED,
	/** ended without a decision of its own: another branch refused, or the applicant withdrew */
	STOPPED;

	public boolean open() {
		return this == INTAKE || this == CORRECTION || this == REVIEW || this == DECISION;
	}
}
