package org.govhall.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department system that signs its users in through the hall's OIDC provider, written the way an outside
 * team would write one: its own HTTP server on its own port, authorization code with PKCE, state and nonce,
 * the ID token verified against the provider's JWKS, userinfo, and RP-initiated logout. Tests and the browser
 * tests use it as "the second application" of single sign-on.
 */
public final class DepartmentSystem implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final String issuer;

	private final String clientId;

	private volatile String clientSecret;

	private final String scope;

	private final HttpClient http = HttpClient.newHttpClient();

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Map<String, String>> sessions = new ConcurrentHashMap<>();

	/** What the last completed sign-in produced (for assertions). */
	public volatile SignIn last;

	/** The tokens and claims of one sign-in. */
	public record SignIn(String accessToken, String refreshToken, String idToken, JsonNode idClaims, JsonNode userInfo) {
	}

	public DepartmentSystem(String issuer, String clientId, String scope) throws IOException {
		this.issuer = issuer;
		this.clientId = clientId;
		this.scope = scope;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	/** The secret the hall's administrator handed over at registration. */
	public void secret(String secret) {
		this.clientSecret = secret;
	}

	public String clientId() {
		return clientId;
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public String base() {
		return "http://127.0.0.1:" + port();
	}

	public String redirectUri() {
		return base() + "/callback";
	}

	public String postLogoutUri() {
		return base() + "/signed-out";
	}

	private void handle(HttpExchange exchange) throws IOException {
		try {
			String path = exchange.getRequestURI().getPath();
			Map<String, String> session = session(exchange);
			switch (path) {
				case "/" -> page(exchange, session.containsKey("name")
						? "<h1 id=\"welcome\">欢迎，" + escape(session.get("name")) + "</h1><p><a href=\"/logout\">退出</a></p>"
						: "<h1>部门业务系统</h1><p><a id=\"sign-in\" href=\"/login\">通过一网通办统一身份认证登录</a></p>");
				case "/login" -> login(exchange, session);
				case "/callback" -> callback(exchange, session);
				case "/logout" -> logout(exchange, session);
				case "/signed-out" -> page(exchange, "<h1 id=\"signed-out\">已退出</h1>");
				default -> {
					exchange.sendResponseHeaders(404, -1);
				}
			}
		}
		catch (Exception failure) {
			byte[] body = ("failure: " + failure).getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(500, body.length);
			exchange.getResponseBody().write(body);
		}
		finally {
			exchange.close();
		}
	}

	private void login(HttpExchange exchange, Map<String, String> session) throws Exception {
		String verifier = randomText();
		String state = randomText();
		String nonce = randomText();
		session.put("verifier", verifier);
		session.put("state", state);
		session.put("nonce", nonce);
		String challenge = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		redirect(exchange, issuer + "/oauth2/authorize?response_type=code&client_id=" + enc(clientId) + "&redirect_uri="
				+ enc(redirectUri()) + "&scope=" + enc(scope) + "&state=" + state + "&nonce=" + nonce
				+ "&code_challenge=" + challenge + "&code_challenge_method=S256");
	}

	private void callback(HttpExchange exchange, Map<String, String> session) throws Exception {
		Map<String, String> query = query(exchange.getRequestURI());
		if (query.containsKey("error")) {
			page(exchange, "<h1 id=\"refused\">" + escape(query.get("error")) + "</h1>");
			return;
		}
		if (!query.getOrDefault("state", "").equals(session.get("state"))) {
			throw new IllegalStateException("state mismatch");
		}
		JsonNode tokens = token("grant_type=authorization_code&code=" + enc(query.get("code")) + "&redirect_uri="
				+ enc(redirectUri()) + "&code_verifier=" + enc(session.get("verifier")));
		String idToken = tokens.get("id_token").asText();
		SignedJWT jwt = SignedJWT.parse(idToken);
		JWKSet keys = JWKSet.parse(get(issuer + "/oauth2/jwks", null));
		if (!jwt.verify(new RSASSAVerifier(keys.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey()))) {
			throw new IllegalStateException("ID token signature");
		}
		JsonNode idClaims = JSON.readTree(jwt.getPayload().toString());
		if (!session.get("nonce").equals(idClaims.get("nonce").asText())
				|| !issuer.equals(idClaims.get("iss").asText())) {
			throw new IllegalStateException("ID token nonce or issuer");
		}
		String access = tokens.get("access_token").asText();
		JsonNode userInfo = JSON.readTree(get(issuer + "/userinfo", access));
		session.put("name", userInfo.has("name") ? userInfo.get("name").asText() : userInfo.get("sub").asText());
		session.put("idToken", idToken);
		last = new SignIn(access, tokens.has("refresh_token") ? tokens.get("refresh_token").asText() : null, idToken,
				idClaims, userInfo);
		redirect(exchange, "/");
	}

	private void logout(HttpExchange exchange, Map<String, String> session) throws IOException {
		String idToken = session.remove("idToken");
		session.remove("name");
		redirect(exchange, issuer + "/connect/logout?id_token_hint=" + enc(idToken) + "&post_logout_redirect_uri="
				+ enc(postLogoutUri()) + "&state=bye");
	}

	/**
	 * Refreshes the last sign-in's tokens, as a system does before its access token runs out; the new ID token
	 * replaces the old one (the provider knows only the newest for logout).
	 */
	public JsonNode refresh() throws Exception {
		JsonNode tokens = token("grant_type=refresh_token&refresh_token=" + enc(last.refreshToken()));
		String idToken = tokens.has("id_token") ? tokens.get("id_token").asText() : last.idToken();
		sessions.values().stream().filter(s -> s.containsKey("idToken")).forEach(s -> s.put("idToken", idToken));
		last = new SignIn(tokens.get("access_token").asText(),
				tokens.has("refresh_token") ? tokens.get("refresh_token").asText() : last.refreshToken(), idToken,
				last.idClaims(), last.userInfo());
		return tokens;
	}

	/** Calls the token endpoint with the client's secret (HTTP Basic). */
	public JsonNode token(String form) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new TokenRefused(response.statusCode(), response.body());
		}
		return JSON.readTree(response.body());
	}

	/** The provider refused a token request. */
	public static final class TokenRefused extends RuntimeException {

		public final int status;

		TokenRefused(int status, String body) {
			super(status + " " + body);
			this.status = status;
		}
	}

	/** GET with an optional bearer token; answers the body (or throws on a non-200 status). */
	public String get(String url, String bearer) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new TokenRefused(response.statusCode(), response.body());
		}
		return response.body();
	}

	private Map<String, String> session(HttpExchange exchange) {
		String cookie = String.valueOf(exchange.getRequestHeaders().getFirst("Cookie"));
		String id = null;
		for (String part : cookie.split(";")) {
			if (part.strip().startsWith("rp=")) {
				id = part.strip().substring(3);
			}
		}
		if (id == null || !sessions.containsKey(id)) {
			id = randomText();
			sessions.put(id, new ConcurrentHashMap<>());
			exchange.getResponseHeaders().add("Set-Cookie", "rp=" + id + "; Path=/; HttpOnly");
		}
		return sessions.get(id);
	}

	private static void page(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>部门业务系统</title></head>"
				+ "<body><main>" + body + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(302, -1);
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> values = new HashMap<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				int eq = pair.indexOf('=');
				values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	private String randomText() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
