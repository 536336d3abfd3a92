package org.govhall.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unified identity against its raw operations, in the same run on the same machine (issue 5): password
 * sign-ins per second over real HTTP (sign-in page, form post with CSRF token, session) against raw Argon2
 * verifications with the production parameters; and the hall's validation of its own access tokens (the
 * {@code JwtDecoder}: signature with the database-backed key set, timestamps) against a bare Nimbus RS256
 * signature check. Two threads each. Run with {@code mvn -Pbench verify -Dtest=SignInAndTokenBenchmark}; the
 * figures are printed and written to {@code target/benchmarks/identity.txt}.
 */
@GovHallTest
@Tag("benchmark")
class SignInAndTokenBenchmark {

	private static final int THREADS = 2;

	@LocalServerPort
	int port;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JwtDecoder decoder;

	@Test
	void sign_ins_against_raw_hashes_and_token_validation_against_raw_signature_checks() throws Exception {
		String hash = passwords.encode(HallClient.DEMO_PASSWORD);
		BooleanSupplier rawHash = () -> passwords.matches(HallClient.DEMO_PASSWORD, hash);
		HttpClient http = HttpClient.newHttpClient();
		// each sign-in gets its own browser session, opened beforehand (the sign-in page with its CSRF token)
		java.util.concurrent.ConcurrentLinkedQueue<String[]> sessions = new java.util.concurrent.ConcurrentLinkedQueue<>();
		for (int i = 0; i < 1200; i++) {
			sessions.add(signInPage(http));
		}
		AtomicLong failedSignIns = new AtomicLong();
		BooleanSupplier signIn = () -> {
			String[] session = sessions.poll();
			boolean ok = session != null && signIn(http, session);
			if (!ok) {
				failedSignIns.incrementAndGet();
			}
			return ok;
		};
		rate(rawHash, 2);
		rate(signIn, 2);
		double hashes = rate(rawHash, 10);
		double signIns = rate(signIn, 10);
		assertThat(failedSignIns.get()).as("every sign-in succeeded").isZero();
		String outOfProcess = signInsFromWrk(http, hashes);

		String clientId = "bench-" + UUID.randomUUID().toString().substring(0, 8);
		String secret = new HallClient(port).signedIn("sjj.admin").postJson("/api/v1/identity/clients",
				Map.of("clientId", clientId, "name", "bench", "scopes", List.of("exchange"), "signsUsersIn", false,
						"machine", true, "requireConsent", false))
			.jsonPath().getString("clientSecret");
		String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
		String tokenAnswer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
			.header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=exchange")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String token = JsonMapper.builder().build().readTree(tokenAnswer).get("access_token").asText();
		String jwks = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/jwks")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		SignedJWT parsed = SignedJWT.parse(token);
		RSAKey key = JWKSet.parse(jwks).getKeyByKeyId(parsed.getHeader().getKeyID()).toRSAKey();
		RSASSAVerifier verifier = new RSASSAVerifier(key);
		assertThat(decoder.decode(token).getSubject()).isEqualTo(clientId);

		BooleanSupplier rawVerify = () -> {
			try {
				return SignedJWT.parse(token).verify(verifier);
			}
			catch (Exception e) {
				return false;
			}
		};
		BooleanSupplier validate = () -> clientId.equals(decoder.decode(token).getSubject());
		rate(rawVerify, 2);
		rate(validate, 2);
		double verifications = rate(rawVerify, 5);
		double validations = rate(validate, 5);

		String report = String.format(Locale.ROOT, """
				Unified identity (%d threads each, same run)
				  raw Argon2 verifications (production parameters): %,.1f /s
				  password sign-ins over HTTP (form post with CSRF token: Argon2, lock-out count, audit entry, new session): %,.1f /s
				  ratio sign-ins / hashes: %.2f (target >= 0.70)
				  %s
				  raw RS256 signature checks (Nimbus): %,.0f /s
				  hall token validation (JwtDecoder): %,.0f /s
				  ratio validation / raw: %.2f (target >= 0.50)
				""", THREADS, hashes, signIns, signIns / hashes, outOfProcess, verifications, validations,
				validations / verifications);
		System.out.println(report);
		Path out = Path.of("target/benchmarks/identity.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/**
	 * The same sign-ins from a second process (wrk, 2 connections, 10 s), so that the client does not share the
	 * server's JVM: each request posts the form of its own pre-opened session. Answers the report line, or why
	 * it was not measured.
	 */
	private String signInsFromWrk(HttpClient http, double hashes) throws Exception {
		if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
			return "sign-ins from a second process: not measured (install Debian's wrk)";
		}
		StringBuilder lua = new StringBuilder("local sessions = {");
		for (int i = 0; i < 900; i++) {
			String[] session = signInPage(http);
			lua.append("{\"").append(session[0]).append("\",\"").append(session[1]).append("\"},");
		}
		lua.append("}\n").append("""
				local counter = 0
				local threads = {}
				offset = 0 -- each wrk thread gets its own from setup
				ok = 0
				function setup(thread)
				  thread:set("offset", #threads)
				  table.insert(threads, thread)
				end
				function request()
				  counter = counter + 1
				  local s = sessions[offset + 1 + (counter - 1) * 2]
				  if s == nil then return wrk.format("GET", "/login") end
				  return wrk.format("POST", "/login", {
				    ["Cookie"] = s[1] .. "; XSRF-TOKEN=" .. s[2], ["X-XSRF-TOKEN"] = s[2],
				    ["Content-Type"] = "application/x-www-form-urlencoded" },
				    "username=scjg.clerk&password=GovHall%402026")
				end
				function response(status, headers, body)
				  if status == 302 and headers["Location"] ~= nil and string.find(headers["Location"], "/workbench$") then
				    ok = ok + 1
				  end
				end
				function done(summary, latency, requests)
				  local total = 0
				  for _, t in ipairs(threads) do total = total + t:get("ok") end
				  io.write(string.format("SIGNED_IN %d\\n", total))
				end
				""");
		Path script = Path.of("target/benchmarks/sign-ins.lua").toAbsolutePath();
		Files.createDirectories(script.getParent());
		Files.writeString(script, lua.toString());
		Process wrk = new ProcessBuilder("wrk", "-t2", "-c2", "-d10s", "-s", script.toString(),
				"http://localhost:" + port).redirectErrorStream(true).start();
		String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(wrk.waitFor()).as(out).isZero();
		long signedIn = Long.parseLong(out.replaceAll("(?s).*SIGNED_IN (\\d+).*", "$1"));
		double rate = signedIn / 10.0;
		return String.format(Locale.ROOT, "sign-ins from a second process (wrk): %,.1f /s, ratio %.2f (target >= 0.70)",
				rate, rate / hashes);
	}

	/** Opens the sign-in page as a browser would: answers the session cookie and the CSRF token. */
	private String[] signInPage(HttpClient http) throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.build(), HttpResponse.BodyHandlers.ofString());
		String session = null;
		String csrf = null;
		for (String cookie : page.headers().allValues("Set-Cookie")) {
			String pair = cookie.split(";", 2)[0];
			if (pair.startsWith("SESSION=")) {
				session = pair;
			}
			if (pair.startsWith("XSRF-TOKEN=")) {
				csrf = pair.substring("XSRF-TOKEN=".length());
			}
		}
		return new String[] { session, csrf };
	}

	/** Posts the sign-in form; true for the redirect to the workbench. */
	private boolean signIn(HttpClient http, String[] session) {
		try {
			HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Cookie", session[0] + "; XSRF-TOKEN=" + session[1]).header("X-XSRF-TOKEN", session[1])
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=scjg.clerk&password="
						+ URLEncoder.encode(HallClient.DEMO_PASSWORD, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.discarding());
			return answer.statusCode() == 302
					&& answer.headers().firstValue("Location").orElse("").endsWith("/workbench");
		}
		catch (Exception e) {
			return false;
		}
	}

	private static double rate(BooleanSupplier operation, int seconds) throws InterruptedException {
		return Rates.perSecond(operation, seconds, THREADS);
	}
}
