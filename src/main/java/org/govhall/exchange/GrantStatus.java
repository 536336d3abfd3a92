package org.govhall.exchange;

/**
 * Where a request for access stands (共享申请状态): asked for, then granted or refused by the provider; a grant ends
 * when the provider revokes it or a newer grant of the same resource to the same department supersedes it.
 */
public enum GrantStatus {

	/** asked for, waiting for the provider */
	REQUESTED,
	/** in force until its last day */
	GRANTED,
	/** the provider said no, with a reason */
	REFUSED,
	/** the provider withdrew it before its end, with a reason */
	REVOKED,
	/** replaced by a newer grant */
	SUPERSEDED
}
