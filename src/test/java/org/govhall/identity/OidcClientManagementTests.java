package org.govhall.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.govhall.support.Citizens;
import org.govhall.support.DepartmentSystem;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administrators manage the department systems connected to the OIDC provider: they change redirect addresses
 * and scopes (a removed scope ends the authorizations carrying it), issue a new secret (the old one stops at
 * once), and disable a system, which then signs nobody in, gets no token, and whose tokens stop working.
 */
@GovHallTest
class OidcClientManagementTests {

	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_disabled_client_signs_nobody_in_gets_no_token_and_its_tokens_stop_working() throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		HallClient citizen = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		String clientId = "off-" + UUID.randomUUID().toString().substring(0, 8);
		try (DepartmentSystem rp = new DepartmentSystem(issuer(), clientId, "openid profile")) {
			Response registered = admin.postJson("/api/v1/identity/clients", Map.of("clientId", clientId, "name",
					"停用测试系统", "redirectUris", List.of(rp.redirectUri()), "scopes",
					List.of("openid", "profile", "exchange"), "signsUsersIn", true, "machine", true,
					"requireConsent", false));
			rp.secret(registered.jsonPath().getString("clientSecret"));
			assertThat(admin.postJson("/api/v1/exchange/clients", Map.of("clientId", clientId, "department", "SJJ",
					"requestsPerMinute", 100)).statusCode()).isEqualTo(204);

			String code = code(citizen, rp);
			var tokens = rp.token("grant_type=authorization_code&code=" + code + "&redirect_uri="
					+ enc(rp.redirectUri()) + "&code_verifier=" + VERIFIER);
			String userToken = tokens.get("access_token").asText();
			String refreshToken = tokens.get("refresh_token").asText();
			String machineToken = rp.token("grant_type=client_credentials&scope=exchange").get("access_token").asText();
			assertThat(rp.get(issuer() + "/userinfo", userToken)).contains("\"sub\"");
			assertThat(gateway(machineToken).statusCode()).isEqualTo(200);

			assertThat(admin.postJson(clientPath(clientId) + "/disable", Map.of("reason", "")).statusCode())
				.isEqualTo(400);
			assertThat(new HallClient(port).signedIn("scjg.head").postJson(clientPath(clientId) + "/disable",
					Map.of("reason", "越权停用")).statusCode()).isEqualTo(403);
			Response disabled = admin.postJson(clientPath(clientId) + "/disable", Map.of("reason", "系统下线检修"));
			assertThat(disabled.statusCode()).as(disabled.asString()).isEqualTo(200);
			assertThat(disabled.jsonPath().getInt("authorizationsEnded")).isGreaterThanOrEqualTo(2);
			assertThat(admin.postJson(clientPath(clientId) + "/disable", Map.of("reason", "再次停用")).statusCode())
				.isEqualTo(409);

			// no tokens: neither client credentials nor refresh
			assertThatThrownBy(() -> rp.token("grant_type=client_credentials&scope=exchange"))
				.isInstanceOfSatisfying(DepartmentSystem.TokenRefused.class, r -> assertThat(r.status).isEqualTo(401));
			assertThatThrownBy(() -> rp.token("grant_type=refresh_token&refresh_token=" + enc(refreshToken)))
				.isInstanceOf(DepartmentSystem.TokenRefused.class);
			// its tokens stop working, at userinfo and at the exchange gateway
			assertThatThrownBy(() -> rp.get(issuer() + "/userinfo", userToken))
				.isInstanceOfSatisfying(DepartmentSystem.TokenRefused.class, r -> assertThat(r.status).isEqualTo(401));
			assertThat(gateway(machineToken).statusCode()).isEqualTo(401);
			// nobody signs in
			Response authorize = citizen.getEncoded(authorizeUrl(rp));
			assertThat(authorize.statusCode()).isEqualTo(400);
			assertThat(String.valueOf(authorize.header("Location"))).doesNotContain("code=");
			assertThat(citizen.get("/oauth2/consent?client_id=" + clientId + "&scope=openid&state=x").statusCode())
				.isEqualTo(404);
			assertThat(admin.get("/admin/identity").body().asString()).contains(clientId, "已停用");
			assertThat(admin.get("/admin/identity/clients/" + clientId).body().asString()).contains("系统下线检修");
			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry where action = 'identity.clientDisabled' and object_id = ?
					  and actor = 'sjj.admin' and purpose = '系统下线检修'""").param(clientId).query(Long.class).single())
				.isEqualTo(1);

			// enabled again: the same secret works; tokens from before the disabling stay void
			Response enabled = admin.postJson(clientPath(clientId) + "/enable", Map.of("reason", "检修完毕"));
			assertThat(enabled.jsonPath().getBoolean("enabled")).isTrue();
			String fresh = rp.token("grant_type=client_credentials&scope=exchange").get("access_token").asText();
			assertThat(gateway(fresh).statusCode()).isEqualTo(200);
			assertThat(gateway(machineToken).statusCode()).isEqualTo(401);
			assertThat(citizen.getEncoded(authorizeUrl(rp)).header("Location")).startsWith(rp.redirectUri() + "?code=");
			assertThat(admin.postJson(clientPath(clientId) + "/enable", Map.of()).statusCode()).isEqualTo(409);
		}
	}

	@Test
	void a_new_secret_is_shown_once_and_the_old_one_stops_working_at_once() throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String clientId = "secret-" + UUID.randomUUID().toString().substring(0, 8);
		String first = admin.postJson("/api/v1/identity/clients", Map.of("clientId", clientId, "scopes",
				List.of("exchange"), "machine", true)).jsonPath().getString("clientSecret");
		try (DepartmentSystem machine = new DepartmentSystem(issuer(), clientId, "exchange")) {
			machine.secret(first);
			assertThat(machine.token("grant_type=client_credentials&scope=exchange").has("access_token")).isTrue();

			Response renewed = admin.post("/admin/identity/clients/" + clientId + "/secret");
			String page = admin.get(renewed.header("Location")).body().asString();
			assertThat(page).contains("id=\"new-secret\"", "只显示这一次");
			String second = page.replaceAll("(?s).*id=\"new-secret\">.*?<code>([^<]+)</code>.*", "$1");
			assertThat(second).isNotEqualTo(first).hasSizeGreaterThan(20);
			assertThat(admin.get("/admin/identity/clients/" + clientId).body().asString())
				.as("shown only once").doesNotContain(second);

			assertThatThrownBy(() -> machine.token("grant_type=client_credentials&scope=exchange"))
				.isInstanceOfSatisfying(DepartmentSystem.TokenRefused.class, r -> assertThat(r.status).isEqualTo(401));
			machine.secret(second);
			assertThat(machine.token("grant_type=client_credentials&scope=exchange").has("access_token")).isTrue();

			Response api = admin.post(clientPath(clientId) + "/secret");
			assertThat(api.jsonPath().getString("clientSecret")).isNotEqualTo(second);
			assertThatThrownBy(() -> machine.token("grant_type=client_credentials&scope=exchange"))
				.isInstanceOf(DepartmentSystem.TokenRefused.class);
			assertThat(new HallClient(port).signedIn("scjg.clerk").post(clientPath(clientId) + "/secret").statusCode())
				.isEqualTo(403);
			assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'identity.clientSecretRenewed'"
					+ " and object_id = ?").param(clientId).query(Long.class).single()).isEqualTo(2);
		}
	}

	@Test
	void an_administrator_changes_addresses_and_scopes_and_a_removed_scope_ends_the_authorizations_holding_it()
			throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		HallClient citizen = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		String clientId = "edit-" + UUID.randomUUID().toString().substring(0, 8);
		try (DepartmentSystem rp = new DepartmentSystem(issuer(), clientId, "openid profile phone")) {
			rp.secret(admin.postJson("/api/v1/identity/clients", Map.of("clientId", clientId, "name", "修改测试系统",
					"redirectUris", List.of(rp.redirectUri()), "scopes", List.of("openid", "profile", "phone"),
					"signsUsersIn", true, "requireConsent", false)).jsonPath().getString("clientSecret"));
			String refresh = rp.token("grant_type=authorization_code&code=" + code(citizen, rp, "openid profile phone")
					+ "&redirect_uri="
					+ enc(rp.redirectUri()) + "&code_verifier=" + VERIFIER).get("refresh_token").asText();

			String moved = rp.base() + "/moved-callback";
			Response bad = admin.request().contentType("application/json").body(Map.of("redirectUris",
					List.of("http://dept.example/cb"), "scopes", List.of("openid"))).put(clientPath(clientId));
			assertThat(bad.statusCode()).isEqualTo(400);
			assertThat(bad.jsonPath().getString("detail")).contains("https");
			assertThat(admin.request().contentType("application/json").body(Map.of("redirectUris", List.of(moved),
					"scopes", List.of())).put(clientPath(clientId)).statusCode()).isEqualTo(400);
			assertThat(admin.request().contentType("application/json").body(Map.of("redirectUris", List.of(moved),
					"scopes", List.of("openid"))).put(clientPath("no-such-client")).statusCode()).isEqualTo(404);
			assertThat(new HallClient(port).signedIn("scjg.head").request().contentType("application/json")
				.body(Map.of("redirectUris", List.of(moved), "scopes", List.of("openid"))).put(clientPath(clientId))
				.statusCode()).isEqualTo(403);

			Response changed = admin.request().contentType("application/json").body(Map.of("name", "修改后的系统",
					"redirectUris", List.of(moved), "scopes", List.of("openid", "profile"))).put(clientPath(clientId));
			assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
			assertThat(changed.jsonPath().getList("scopes", String.class)).containsExactly("openid", "profile");
			assertThat(changed.jsonPath().getList("redirectUris", String.class)).containsExactly(moved);

			// the authorization that carried "phone" ended: its refresh token no longer works
			assertThatThrownBy(() -> rp.token("grant_type=refresh_token&refresh_token=" + enc(refresh)))
				.isInstanceOf(DepartmentSystem.TokenRefused.class);
			// the old address is refused, the new one receives codes
			assertThat(citizen.getEncoded(authorizeUrl(rp)).statusCode()).isEqualTo(400);
			assertThat(citizen.getEncoded(authorizeUrl(rp).replace(enc(rp.redirectUri()), enc(moved)))
				.header("Location")).startsWith(moved + "?code=");
			assertThat(jdbc.sql("""
					select details->>'scopesRemoved' from shared_audit_entry
					where action = 'identity.clientUpdated' and object_id = ?""").param(clientId).query(String.class)
				.single()).isEqualTo("[phone]");

			// and on the page
			String page = admin.get("/admin/identity/clients/" + clientId).body().asString();
			assertThat(page).contains("修改后的系统", moved).containsPattern("value=\"profile\"[^>]*checked")
				.doesNotContainPattern("value=\"phone\"[^>]*checked");
			Response form = admin.postForm("/admin/identity/clients/" + clientId, Map.of("name", "",
					"redirectUris", moved + "\n" + rp.redirectUri(), "scopes", "openid"));
			assertThat(form.header("Location")).endsWith("/admin/identity/clients/" + clientId);
			assertThat(admin.get("/api/v1/identity/clients/" + clientId).jsonPath().getList("redirectUris",
					String.class)).containsExactlyInAnyOrder(moved, rp.redirectUri());
		}
	}

	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	/** Runs the authorization request of a signed-in person by hand and answers the code (PKCE, RFC 7636 sample). */
	private String code(HallClient person, DepartmentSystem rp) {
		return code(person, rp, "openid profile");
	}

	private String code(HallClient person, DepartmentSystem rp, String scope) {
		String location = person.getEncoded(authorizeUrl(rp, scope)).header("Location");
		assertThat(location).as("authorization answer").startsWith(rp.redirectUri() + "?code=");
		return location.replaceAll(".*[?&]code=([^&]+).*", "$1");
	}

	private static String authorizeUrl(DepartmentSystem rp) {
		return authorizeUrl(rp, "openid profile");
	}

	private static String authorizeUrl(DepartmentSystem rp, String scope) {
		return "/oauth2/authorize?response_type=code&client_id=" + rp.clientId() + "&redirect_uri="
				+ enc(rp.redirectUri()) + "&scope=" + scope.replace(" ", "%20") + "&state=s1&code_challenge=" + CHALLENGE
				+ "&code_challenge_method=S256";
	}

	private Response gateway(String token) {
		String subject = jdbc.sql("select id_number from exchange_person order by id_number limit 1")
			.query(String.class).single().strip();
		return RestAssured.given().port(port).header("Authorization", "Bearer " + token)
			.contentType("application/json")
			.body(Map.of("resource", "GAJ-SFHY", "subject", subject, "purpose", "测试：停用客户端的令牌"))
			.post("/api/v1/exchange/machine/lookups");
	}

	private String issuer() {
		return "http://localhost:" + port;
	}

	private static String clientPath(String clientId) {
		return "/api/v1/identity/clients/" + clientId;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
