package org.govhall.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A test client that talks to the running hall over real HTTP as a browser would: it keeps cookies (the session
 * and the CSRF token) and echoes the CSRF token in the {@code X-XSRF-TOKEN} header on every request. Safe to
 * share between threads (its cookies are a concurrent map), though each thread usually is one person.
 */
public final class HallClient {

	/** The password of every demo staff account (see the README). */
	public static final String DEMO_PASSWORD = "GovHall@2026";

	private final int port;

	private final String language;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	public HallClient(int port) {
		this(port, "zh-CN");
	}

	public HallClient(int port, String language) {
		this.port = port;
		this.language = language;
	}

	public RequestSpecification request() {
		return requestWithCsrfToken(cookies.get("XSRF-TOKEN"));
	}

	/** A request carrying the session cookies but the given CSRF header ({@code null}: none), to test refusals. */
	public RequestSpecification requestWithCsrfToken(String token) {
		RequestSpecification spec = RestAssured.given()
			.port(port)
			.redirects().follow(false)
			.header("Accept-Language", language)
			.cookies(cookies);
		if (token != null) {
			spec.header("X-XSRF-TOKEN", token);
		}
		return spec;
	}

	public Response get(String path) {
		return keep(request().get(path));
	}

	/** A GET of an address that is already URL-encoded (a redirect's Location), sent as it is. */
	public Response getEncoded(String pathAndQuery) {
		return keep(request().urlEncodingEnabled(false).get(pathAndQuery));
	}

	public Response postJson(String path, Object body) {
		return keep(request().contentType(ContentType.JSON).body(body).post(path));
	}

	/** Posts a form in UTF-8, as browsers do (with the CSRF header), and keeps the cookies the answer sets. */
	public Response postForm(String path, Map<String, ?> params) {
		return keep(request().contentType(ContentType.URLENC.withCharset(java.nio.charset.StandardCharsets.UTF_8))
			.formParams(params).post(path));
	}

	public Response post(String path) {
		return keep(request().post(path));
	}

	/** Signs in through the sign-in form; answers the response of the form post (a redirect). */
	public Response signIn(String username, String password) {
		get("/login");
		return keep(request().contentType(ContentType.URLENC)
			.formParam("username", username)
			.formParam("password", password)
			.post("/login"));
	}

	public HallClient signedIn(String username) {
		Response response = signIn(username, DEMO_PASSWORD);
		if (!response.header("Location").endsWith("/workbench")) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + response.header("Location"));
		}
		get("/workbench");
		return this;
	}

	public Response signOut() {
		return keep(request().post("/logout"));
	}

	private Response keep(Response response) {
		response.getCookies().forEach((name, value) -> {
			if (value != null) {
				cookies.put(name, value);
			}
		});
		response.getDetailedCookies().asList().stream()
			.filter(c -> c.getMaxAge() == 0 || (c.getValue() != null && c.getValue().isEmpty()))
			.forEach(c -> cookies.remove(c.getName()));
		return response;
	}
}
