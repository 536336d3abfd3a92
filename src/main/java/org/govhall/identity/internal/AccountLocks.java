package org.govhall.identity.internal;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators lift a lock-out before it runs out; each unlock is audited. */
@Service
public class AccountLocks {

	private final SignInRecords records;

	private final AuditTrail audit;

	AccountLocks(SignInRecords records, AuditTrail audit) {
		this.records = records;
		this.audit = audit;
	}

	@Transactional
	public void unlock(long staffId) {
		if (!records.unlock(staffId)) {
			throw ProblemException.notFound("identity.staff.unknown", staffId);
		}
		audit.record(AuditEvent.of("staff.unlocked").on("staff", staffId).because("administrator unlock"));
	}
}
