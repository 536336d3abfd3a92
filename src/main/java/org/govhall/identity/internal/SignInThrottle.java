package org.govhall.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A limit on sign-in attempts per client address (登录频率限制), beside the lock-out per account: one address
 * may try at most {@code limit} sign-ins (password or code) in {@link #WINDOW}, so that nobody tries one
 * password against many accounts. Counted per node, in memory; a refused attempt goes back to the sign-in page
 * with the reason.
 */
final class SignInThrottle extends OncePerRequestFilter {

	static final Duration WINDOW = Duration.ofMinutes(10);

	private final int limit;

	private final Clock clock;

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	SignInThrottle(int limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !("/login".equals(path) || "/login/code".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!allow(request.getRemoteAddr())) {
			response.sendRedirect(request.getContextPath() + "/login?error=throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Counts an attempt from an address; false when the address has used up its attempts. */
	boolean allow(String address) {
		Instant now = clock.instant();
		Deque<Instant> recent = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
		synchronized (recent) {
			while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
				recent.pollFirst();
			}
			if (recent.size() >= limit) {
				return false;
			}
			recent.addLast(now);
			return true;
		}
	}
}
