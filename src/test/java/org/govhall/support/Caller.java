package org.govhall.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.response.Response;

/**
 * Who calls an endpoint in a table of endpoints and roles: nobody signed in, a citizen, or a staff member of a
 * department. Each caller signs in once per port (a test run) and keeps its session; an anonymous caller still
 * carries the CSRF token, so that only who is asking can be refused.
 */
public record Caller(String who, String username) {

	private static final Map<String, HallClient> SIGNED_IN = new ConcurrentHashMap<>();

	public static Caller anonymous() {
		return new Caller("nobody signed in", null);
	}

	/** A demo citizen (README): the legal representative of the first demo company. */
	public static Caller citizen() {
		return new Caller("a citizen", "13800000001");
	}

	public static Caller staff(String who, String username) {
		return new Caller(who + " (" + username + ")", username);
	}

	/** The caller's client on the hall at {@code port}. */
	public HallClient client(int port) {
		if (username == null) {
			HallClient nobody = new HallClient(port);
			nobody.get("/login");
			return nobody;
		}
		return SIGNED_IN.computeIfAbsent(port + "/" + username, k -> signIn(port));
	}

	private HallClient signIn(int port) {
		HallClient client = new HallClient(port);
		Response answer = client.signIn(username, HallClient.DEMO_PASSWORD);
		String landing = String.valueOf(answer.header("Location"));
		if (!landing.endsWith("/workbench") && !landing.endsWith("/my")) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + landing);
		}
		client.get(landing.substring(landing.lastIndexOf('/')));
		return client;
	}

	@Override
	public String toString() {
		return who;
	}
}
