package org.govhall.shared.audit;

/** How the audited action ended. */
public enum AuditOutcome {
	SUCCESS, FAILURE, DENIED
}
