package org.govhall.shared.audit.web;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditVerification;
import org.govhall.shared.audit.ChainCheckpoint;

/** How checkpoints asked for and verifications run by administrators are themselves recorded. */
final class AuditCheckpoints {

	private AuditCheckpoints() {
	}

	static AuditEvent written(ChainCheckpoint checkpoint) {
		return AuditEvent.of("audit.checkpointWritten").on("audit-checkpoint", checkpoint.node())
			.detail("seq", checkpoint.seq())
			.detail("key", checkpoint.key());
	}

	static AuditEvent verified(AuditVerification result) {
		AuditEvent event = AuditEvent.of("audit.verified").on("audit-trail", "chain")
			.detail("checked", result.checkedEntries())
			.detail("intact", result.intact());
		return result.checkpoints() == null ? event
				: event.detail("checkpoints", result.checkpoints().checkpoints());
	}
}
