package org.govhall.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The sessions a person or staff member has open (会话管理), from the session store every node shares: listed with
 * where and when they started, and ended by their owner one by one or all at once. A browser closed without signing
 * out leaves its session in the store until it expires, so the list for the owner's eyes puts the live ones (this
 * device, and devices used within {@link #LIVE_WITHIN}) first and the older ones apart.
 */
@Service
public class SignedInSessions {

	/** Session attributes written at sign-in. */
	public static final String USER_AGENT = "govhall.userAgent";

	public static final String ADDRESS = "govhall.address";

	/** How recently a device must have been used to count as live. */
	public static final Duration LIVE_WITHIN = Duration.ofMinutes(10);

	private final FindByIndexNameSessionRepository<? extends Session> repository;

	private final AuditTrail audit;

	private final Clock clock;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> repository, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/** A session as its owner sees it. */
	public record OpenSession(String id, Instant started, Instant lastUsed, String userAgent, String address,
			boolean current) {

		/** A short, safe handle for forms: never the session id itself. */
		public String handle() {
			return SignedInSessions.handle(id);
		}
	}

	/**
	 * The owner's sessions for their own page: the live ones (this device, and the others used within
	 * {@link #LIVE_WITHIN} and not expired), and the older ones; each most recently used first.
	 */
	public record Listing(List<OpenSession> live, List<OpenSession> older) {

		public int size() {
			return live.size() + older.size();
		}

		/** {@link SignedInSessions#LIVE_WITHIN} in minutes, for the page's wording. */
		public long liveMinutes() {
			return LIVE_WITHIN.toMinutes();
		}
	}

	/** Every session of the owner, most recently used first. */
	public List<OpenSession> of(String principalName, String currentSessionId) {
		return repository.findByPrincipalName(principalName).values().stream()
			.sorted(Comparator.comparing(Session::getLastAccessedTime).reversed())
			.map(s -> open(s, currentSessionId))
			.toList();
	}

	public Listing listing(String principalName, String currentSessionId) {
		Instant liveSince = clock.instant().minus(LIVE_WITHIN);
		Map<Boolean, List<OpenSession>> byLiveness = repository.findByPrincipalName(principalName).values().stream()
			.sorted(Comparator.comparing(Session::getLastAccessedTime).reversed())
			.collect(Collectors.partitioningBy(s -> s.getId().equals(currentSessionId)
					|| (!s.isExpired() && s.getLastAccessedTime().isAfter(liveSince)),
					Collectors.mapping(s -> open(s, currentSessionId), Collectors.toList())));
		return new Listing(byLiveness.get(true), byLiveness.get(false));
	}

	private static OpenSession open(Session session, String currentSessionId) {
		return new OpenSession(session.getId(), session.getCreationTime(), session.getLastAccessedTime(),
				session.getAttribute(USER_AGENT), session.getAttribute(ADDRESS), session.getId().equals(currentSessionId));
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
