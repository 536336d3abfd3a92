package org.govhall.identity.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The sessions a person or staff member has open (会话管理), from the session store every node shares: listed with
 * where and when they started, and ended by their owner one by one or all at once.
 */
@Service
public class SignedInSessions {

	/** Session attributes written at sign-in. */
	public static final String USER_AGENT = "govhall.userAgent";

	public static final String ADDRESS = "govhall.address";

	private final FindByIndexNameSessionRepository<? extends Session> repository;

	private final AuditTrail audit;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> repository, AuditTrail audit) {
		this.repository = repository;
		this.audit = audit;
	}

	/** A session as its owner sees it. */
	public record OpenSession(String id, Instant started, Instant lastUsed, String userAgent, String address,
			boolean current) {

		/** A short, safe handle for forms: never the session id itself. */
		public String handle() {
			return SignedInSessions.handle(id);
		}
	}

	public List<OpenSession> of(String principalName, String currentSessionId) {
		return repository.findByPrincipalName(principalName).values().stream()
			.map(s -> new OpenSession(s.getId(), s.getCreationTime(), s.getLastAccessedTime(),
					s.getAttribute(USER_AGENT), s.getAttribute(ADDRESS), s.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(OpenSession::lastUsed).reversed())
			.toList();
	}

	/** Ends one of the owner's sessions, named by its handle; answers whether there was one. */
	public boolean end(String principalName, String handle) {
		for (var entry : repository.findByPrincipalName(principalName).entrySet()) {
			if (handle(entry.getKey()).equals(handle)) {
				repository.deleteById(entry.getKey());
				audit.record(AuditEvent.of("session.ended").on("principal", principalName).detail("session", handle));
				return true;
			}
		}
		return false;
	}

	/** Ends all of the owner's sessions; answers how many. */
	public int endAll(String principalName) {
		var all = repository.findByPrincipalName(principalName).keySet();
		all.forEach(repository::deleteById);
		return all.size();
	}

	/** Ends every session of the owner except the one named (after a password change); answers how many. */
	public int endOthers(String principalName, String keepSessionId) {
		var others = repository.findByPrincipalName(principalName).keySet().stream()
			.filter(id -> !id.equals(keepSessionId))
			.toList();
		others.forEach(repository::deleteById);
		return others.size();
	}

	static String handle(String sessionId) {
		try {
			var digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(sessionId.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			return java.util.HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
