package org.govhall.shared.audit.web;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.audit.ChainCheckpoint;
import org.govhall.shared.audit.ChainCheckpoints;
import org.govhall.shared.audit.CheckpointPublicKey;
import org.govhall.shared.audit.CheckpointVerification;
import org.govhall.shared.security.StaffOnly;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;

/**
 * Checkpoints of the audit chain for administrators (ADR 0012): write one now, read the public key that checks
 * them, and check a copy of checkpoint lines (from log shipping, say) against the chain. Each is audited.
 */
@RestController
@RequestMapping("/api/v1/audit/checkpoints")
@StaffOnly(ADMINISTRATOR)
class CheckpointApiController {

	private final ChainCheckpoints checkpoints;

	private final AuditTrail trail;

	CheckpointApiController(ChainCheckpoints checkpoints, AuditTrail trail) {
		this.checkpoints = checkpoints;
		this.trail = trail;
	}

	/** Writes a checkpoint of the chain's head now (204 while the chain has no entry). */
	@PostMapping
	ResponseEntity<ChainCheckpoint> write() {
		return checkpoints.checkpoint().map(written -> {
			trail.record(AuditCheckpoints.written(written));
			return ResponseEntity.ok(written);
		}).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/key")
	CheckpointPublicKey key() {
		return checkpoints.publicKey();
	}

	/** Checks checkpoint lines sent as the body: the lines of a checkpoint file, or log lines that carry them. */
	@PostMapping(path = "/verification",
			consumes = { MediaType.TEXT_PLAIN_VALUE, "application/x-ndjson", "application/jsonl" })
	CheckpointVerification verifyCopy(@RequestBody String lines,
			@RequestParam(defaultValue = "copy") String name) {
		CheckpointVerification result = checkpoints.verifyCopy(name, lines);
		trail.record(AuditEvent.of("audit.checkpointsVerified").on("audit-checkpoint", name)
			.detail("checked", result.checkpoints())
			.detail("intact", result.intact()));
		return result;
	}
}
