package org.govhall.shared.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.security.ActingFor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail (审计日志): every decision and every access to data is appended here, in the same transaction
 * as the change it records, so there is never a decision without its entry. Entries are hash-chained and the
 * table refuses updates and deletes.
 */
@Service
public class AuditTrail {

	/** Anyone not signed in. */
	public static final String ANONYMOUS = "anonymous";

	/** The platform itself (start-up, schedules). */
	public static final String SYSTEM = "system";

	private final AuditLog log;

	private final Clock clock;

	private final String algorithm;

	private final ObjectProvider<SealedJournal> journals;

	private final ChainCheckpoints checkpoints;

	AuditTrail(AuditLog log, Clock clock, GovHallProperties properties, ObjectProvider<SealedJournal> journals,
			ChainCheckpoints checkpoints) {
		this.log = log;
		this.clock = clock;
		this.journals = journals;
		this.checkpoints = checkpoints;
		this.algorithm = properties.audit().hashAlgorithm();
		if (!AuditHashing.supports(algorithm)) {
			throw new IllegalStateException("govhall.audit.hash-algorithm must be SM3 or SHA-256, not " + algorithm);
		}
	}

	@Transactional
	public AuditEntry record(AuditEvent event) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String signedIn = currentActor();
		String actor = event.actor() != null ? event.actor() : signedIn;
		// the company the signed-in person acts for belongs to their own entries, never to one recorded for others
		String actingFor = event.actingFor() != null ? event.actingFor()
				: actor.equals(signedIn) && !ANONYMOUS.equals(actor) ? ActingFor.current().orElse(null) : null;
		return log.append(last -> {
			AuditEntry unsigned = new AuditEntry(last.seq() + 1, now, actor, actingFor, event.action(),
					event.objectType(), event.objectId(), event.purpose(), event.outcome(), Map.copyOf(event.details()),
					clientAddress(), algorithm, last.hash(), null);
			return withHash(unsigned);
		});
	}

	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query) {
		return log.search(query);
	}

	/**
	 * Reads the whole chain in order and reports every altered, unlinked or missing entry, checks every journal
	 * sealed into the chain, and checks the chain against the checkpoints kept outside the database: their
	 * signatures, the entries they name, and that the chain does not end before the newest of them (ADR 0012).
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		// the checkpoints are read first: every one of them then names an entry at or before the head read below
		CheckpointVerifier outside = checkpoints.readFolder();
		AuditChainVerifier verifier = new AuditChainVerifier();
		log.forEachInOrder(verifier::accept);
		AuditVerification chain = verifier.result();
		return chain.withJournals(journals.orderedStream().map(SealedJournal::verify).toList())
			.withCheckpoints(outside.result(checkpoints.location(), chain.lastSeq()));
	}

	/** The entry with sequence number {@code seq}, if there is one. */
	@Transactional(readOnly = true)
	public Optional<AuditEntry> entry(long seq) {
		return log.entry(seq);
	}

	/** The hash algorithm new entries (and sealed journal blocks) use: SM3 or SHA-256. */
	public String algorithm() {
		return algorithm;
	}

	private static AuditEntry withHash(AuditEntry e) {
		return new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actingFor(), e.action(), e.objectType(),
				e.objectId(), e.purpose(), e.outcome(), e.details(), e.clientAddress(), e.algorithm(),
				e.previousHash(), AuditHashing.hash(e));
	}

	private static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			return ANONYMOUS;
		}
		return auth.getName();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
