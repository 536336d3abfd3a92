package org.govhall.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.govhall.exchange.BaseRegisters;
import org.govhall.support.Citizens.Someone;
import org.govhall.support.Citizens;
import org.govhall.support.DepartmentSystem;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.govhall.support.UnclaimedCompanies;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hall as OpenID Connect provider: a separate department system (its own HTTP server, written like an
 * outside team's) signs citizens and staff in with authorization code and PKCE, reads userinfo, refreshes and
 * logs out; machine clients get client-credentials tokens for the exchange gateway; keys rotate without breaking
 * tokens.
 */
@GovHallTest
class SingleSignOnTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BaseRegisters registers;

	@Test
	void a_department_system_signs_a_citizen_in_with_pkce_reads_userinfo_refreshes_and_logs_out() throws Exception {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient hall = Citizens.signedIn(port, jdbc, someone);
		try (DepartmentSystem rp = registered("openid profile", List.of("openid", "profile", "id_number"), true)) {
			Browser browser = new Browser(hall, rp);
			Response consent = browser.follow(browser.rp("/login"));
			assertThat(consent.statusCode()).as(consent.asString() + consent.headers()).isEqualTo(200);
			assertThat(consent.body().asString()).contains("请求使用您的身份信息", "姓名");
			Response home = browser.follow(browser.consent(consent, List.of("profile")));
			assertThat(home.body().asString()).contains("欢迎，" + someone.name());

			JsonNode userInfo = rp.last.userInfo();
			String subject = hall.get("/api/v1/identity/me").jsonPath().getString("subject");
			assertThat(userInfo.get("sub").asText()).isEqualTo(subject);
			assertThat(userInfo.get("name").asText()).isEqualTo(someone.name());
			assertThat(userInfo.get("loa").asText()).isEqualTo("REAL_NAME");
			assertThat(userInfo.has("id_number")).as("no id_number without the scope").isFalse();
			assertThat(rp.last.idClaims().get("acr").asText()).isEqualTo("urn:govhall:loa:real-name");
			assertThat(rp.last.idClaims().get("sub").asText()).isEqualTo(subject);

			String firstRefresh = rp.last.refreshToken();
			JsonNode refreshed = rp.refresh();
			// refresh tokens rotate: the old one is spent
			assertThatThrownBy(() -> rp.token("grant_type=refresh_token&refresh_token=" + firstRefresh))
				.isInstanceOf(DepartmentSystem.TokenRefused.class);
			String again = rp.get("http://localhost:" + port + "/userinfo", refreshed.get("access_token").asText());
			assertThat(JSON.readTree(again).get("sub").asText()).isEqualTo(subject);

			// a code is bound to its PKCE challenge: another verifier is refused, the right one redeems it
			String verifier = "the-real-verifier-0123456789-abcdefghijk";
			String code = browser.codeFor("openid profile", challenge(verifier));
			String redeem = "grant_type=authorization_code&code=" + code + "&redirect_uri="
					+ java.net.URLEncoder.encode(rp.redirectUri(), StandardCharsets.UTF_8) + "&code_verifier=";
			assertThatThrownBy(() -> rp.token(redeem + "another-verifier-0123456789-abcdefghijkl"))
				.isInstanceOfSatisfying(DepartmentSystem.TokenRefused.class, refused -> {
					assertThat(refused.status).isEqualTo(400);
					assertThat(refused.getMessage()).contains("invalid_grant");
				});
			JsonNode redeemed = rp.token(redeem + verifier);
			assertThat(redeemed.get("access_token").asText()).isNotBlank();
			assertThat(JSON.readTree(rp.get("http://localhost:" + port + "/userinfo",
					redeemed.get("access_token").asText())).get("sub").asText()).isEqualTo(subject);

			// the person sees the consent in the personal space
			assertThat(hall.get("/my").body().asString()).contains("浦东新区企业服务系统");

			Response signedOut = browser.follow(browser.rp("/logout"));
			assertThat(signedOut.body().asString()).contains("已退出");
			assertThat(hall.get("/my").statusCode()).as("the hall session ended too").isEqualTo(302);
		}
	}

	@Test
	void the_identity_number_needs_its_own_scope_and_a_denied_consent_gives_no_code() throws Exception {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient hall = Citizens.signedIn(port, jdbc, someone);
		try (DepartmentSystem rp = registered("openid id_number", List.of("openid", "profile", "id_number"), true)) {
			Browser browser = new Browser(hall, rp);
			Response consent = browser.follow(browser.rp("/login"));
			Response denied = browser.follow(browser.consent(consent, List.of()));
			assertThat(denied.body().asString()).contains("access_denied");

			Response again = browser.follow(browser.rp("/login"));
			browser.follow(browser.consent(again, List.of("id_number")));
			assertThat(rp.last.userInfo().get("id_number").asText()).isEqualTo(someone.idNumber());
		}
	}

	@Test
	void staff_sign_in_to_a_department_system_with_their_department_and_roles() throws Exception {
		HallClient staff = new HallClient(port).signedIn("scjg.reviewer");
		try (DepartmentSystem rp = registered("openid profile", List.of("openid", "profile"), false)) {
			Browser browser = new Browser(staff, rp);
			Response home = browser.follow(browser.rp("/login"));
			assertThat(home.body().asString()).contains("欢迎，");
			JsonNode info = rp.last.userInfo();
			assertThat(info.get("sub").asText()).isEqualTo("scjg.reviewer");
			assertThat(info.get("department").asText()).isEqualTo("SCJG");
			assertThat(info.get("roles").toString()).contains("REVIEWER");
		}
	}

	@Test
	void a_browser_without_a_session_is_sent_to_the_hall_sign_in_and_continues_afterwards() throws Exception {
		Someone someone = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, someone);
		HallClient hall = new HallClient(port);
		try (DepartmentSystem rp = registered("openid profile", List.of("openid", "profile"), false)) {
			Browser browser = new Browser(hall, rp);
			Response login = browser.follow(browser.rp("/login"));
			assertThat(login.body().asString()).contains("name=\"password\"");
			Response signedIn = hall.signIn(someone.idNumber(), Citizens.PASSWORD);
			assertThat(signedIn.header("Location")).contains("/oauth2/authorize");
			Response home = browser.follow(signedIn);
			assertThat(home.body().asString()).contains("欢迎，" + someone.name());
		}
	}

	@Test
	void an_agent_acting_for_a_company_is_named_as_such_until_the_authorisation_is_revoked_which_ends_those_tokens() throws Exception {
		var company = UnclaimedCompanies.next(jdbc, registers);
		String code = company.creditCode();
		HallClient boss = Citizens.signedIn(port, jdbc, Citizens.of(jdbc, company.legalRepresentativeId()));
		long companyId = boss.postJson("/api/v1/identity/me/companies", Map.of("creditCode", code)).jsonPath()
			.getLong("companyId");
		Someone agentPerson = Citizens.unregistered(jdbc);
		HallClient agent = Citizens.signedIn(port, jdbc, agentPerson);
		long authorisation = boss.postJson("/api/v1/identity/me/companies/" + companyId + "/agents",
				Map.of("identityNumber", agentPerson.idNumber(), "name", agentPerson.name(), "allServices", true,
						"validUntil", LocalDate.now().plusDays(20).toString()))
			.jsonPath().getLong("id");
		agent.postForm("/my/acting", Map.of("companyId", companyId));

		try (DepartmentSystem rp = registered("openid profile company", List.of("openid", "profile", "company"),
				false)) {
			Browser browser = new Browser(agent, rp);
			browser.follow(browser.rp("/login"));
			JsonNode company1 = rp.last.userInfo().get("company");
			assertThat(company1.get("credit_code").asText()).isEqualTo(code);
			assertThat(company1.get("role").asText()).isEqualTo("AGENT");
			assertThat(rp.last.idClaims().get("company").get("credit_code").asText()).isEqualTo(code);

			boss.request().delete("/api/v1/identity/me/companies/" + companyId + "/agents/" + authorisation);
			// the authorization made while acting ends with the authorisation: userinfo refuses, refresh fails
			assertThatThrownBy(() -> rp.get("http://localhost:" + port + "/userinfo", rp.last.accessToken()))
				.isInstanceOfSatisfying(DepartmentSystem.TokenRefused.class, r -> assertThat(r.status).isEqualTo(401));
			assertThatThrownBy(rp::refresh).isInstanceOf(DepartmentSystem.TokenRefused.class);
			// signing in again, the person is named without the company
			agent.get("/my");
			browser.follow(browser.rp("/login"));
			assertThat(rp.last.userInfo().has("company")).as("userinfo reads the authorisation afresh").isFalse();
		}
	}

	@Test
	void signing_keys_rotate_without_breaking_tokens_already_issued() throws Exception {
		HallClient hall = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		try (DepartmentSystem rp = registered("openid profile", List.of("openid", "profile"), false)) {
			Browser browser = new Browser(hall, rp);
			browser.follow(browser.rp("/login"));
			String before = rp.last.accessToken();
			String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

			HallClient admin = new HallClient(port).signedIn("sjj.admin");
			Response rotated = admin.postJson("/api/v1/identity/signing-keys/rotation", Map.of("reason", "测试轮换"));
			assertThat(rotated.statusCode()).isEqualTo(200);
			String newKid = rotated.jsonPath().getString("activeKeyId");
			assertThat(newKid).isNotEqualTo(oldKid);
			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry where action = 'identity.signingKeyRotated' and object_id = ?
					  and actor = 'sjj.admin' and purpose = '测试轮换' and details->>'retired' = ?""")
				.params(newKid, oldKid).query(Long.class).single()).isEqualTo(1);

			assertThat(rp.get("http://localhost:" + port + "/userinfo", before)).contains("\"sub\"");
			String jwks = rp.get("http://localhost:" + port + "/oauth2/jwks", null);
			assertThat(jwks).contains(oldKid, newKid).doesNotContain("\"d\"");

			browser.follow(browser.rp("/login"));
			assertThat(SignedJWT.parse(rp.last.accessToken()).getHeader().getKeyID()).isEqualTo(newKid);
			String after = rp.last.accessToken();

			// once the grace period of the old key is over (made so here), its tokens stop verifying
			jdbc.sql("update identity_signing_key set retired_at = now() - interval '2 days' where kid = ?")
				.param(oldKid).update();
			admin.postJson("/api/v1/identity/signing-keys/rotation", Map.of("reason", "测试：再次轮换"));
			assertThatThrownBy(() -> rp.get("http://localhost:" + port + "/userinfo", before))
				.isInstanceOfSatisfying(DepartmentSystem.TokenRefused.class, r -> assertThat(r.status).isEqualTo(401));
			assertThat(rp.get("http://localhost:" + port + "/userinfo", after)).contains("\"sub\"");
			assertThat(rp.get("http://localhost:" + port + "/oauth2/jwks", null)).doesNotContain(oldKid);
			assertThat(new HallClient(port).signedIn("scjg.clerk").postJson("/api/v1/identity/signing-keys/rotation",
					Map.of()).statusCode()).isEqualTo(403);
		}
	}

	@Test
	void a_machine_client_calls_the_exchange_gateway_with_a_client_credentials_token() throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String clientId = "sjj-sync-" + UUID.randomUUID().toString().substring(0, 8);
		Response registered = admin.postJson("/api/v1/identity/clients", Map.of("clientId", clientId, "name",
				"大数据中心同步程序", "scopes", List.of("exchange", "profile"), "signsUsersIn", false, "machine", true,
				"requireConsent", false));
		assertThat(registered.statusCode()).isEqualTo(201);
		String secret = registered.jsonPath().getString("clientSecret");
		try (DepartmentSystem machine = new DepartmentSystem("http://localhost:" + port, clientId, "exchange")) {
			machine.secret(secret);
			String token = machine.token("grant_type=client_credentials&scope=exchange").get("access_token").asText();
			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry where action = 'identity.tokenIssued' and actor = ?
					  and details->>'grant' = 'client_credentials' and details->>'scopes' like '%exchange%'""")
				.param(clientId).query(Long.class).single()).as("machine tokens are audited too").isEqualTo(1);
			String subject = Citizens.unregistered(jdbc).idNumber();
			Map<String, String> lookup = Map.of("resource", "GAJ-SFHY", "subject", subject, "purpose", "测试：机器客户端核验");

			// not yet known to the exchange: refused
			assertThat(gateway(token, lookup).statusCode()).isEqualTo(401);
			assertThat(admin.postJson("/api/v1/exchange/clients", Map.of("clientId", clientId, "department", "SJJ",
					"requestsPerMinute", 100)).statusCode()).isEqualTo(204);
			Response answered = gateway(token, lookup);
			assertThat(answered.statusCode()).as(answered.asString()).isEqualTo(200);
			assertThat(answered.jsonPath().getString("fields.name")).isNotBlank();

			String withoutScope = machine.token("grant_type=client_credentials&scope=profile").get("access_token")
				.asText();
			assertThat(gateway(withoutScope, lookup).statusCode()).isEqualTo(401);
			assertThat(gateway(token + "x", lookup).statusCode()).isEqualTo(401);
			machine.secret("wrong");
			assertThatThrownBy(() -> machine.token("grant_type=client_credentials&scope=exchange"))
				.isInstanceOfSatisfying(DepartmentSystem.TokenRefused.class, r -> assertThat(r.status).isEqualTo(401));
		}
	}

	@Test
	void only_administrators_register_clients_and_redirects_must_be_safe() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		Response plainHttp = admin.postJson("/api/v1/identity/clients", Map.of("clientId", "bad-redirect", "name", "x",
				"redirectUris", List.of("http://evil.example/callback"), "scopes", List.of("openid"), "signsUsersIn",
				true, "machine", false, "requireConsent", true));
		assertThat(plainHttp.statusCode()).isEqualTo(400);
		assertThat(plainHttp.jsonPath().getString("detail")).contains("https");
		Response badScope = admin.postJson("/api/v1/identity/clients", Map.of("clientId", "bad-scope", "name", "x",
				"redirectUris", List.of("https://a.example/cb"), "scopes", List.of("openid", "everything"),
				"signsUsersIn", true, "machine", false, "requireConsent", true));
		assertThat(badScope.statusCode()).isEqualTo(400);
		Response notAdmin = new HallClient(port).signedIn("scjg.head").postJson("/api/v1/identity/clients",
				Map.of("clientId", "sneaky", "scopes", List.of("openid"), "signsUsersIn", false, "machine", true));
		assertThat(notAdmin.statusCode()).isEqualTo(403);
		Response discovery = new HallClient(port).get("/.well-known/openid-configuration");
		assertThat(discovery.jsonPath().getString("issuer")).isEqualTo("http://localhost:" + port);
		assertThat(discovery.jsonPath().getList("code_challenge_methods_supported", String.class)).contains("S256");
		assertThat(discovery.jsonPath().getString("end_session_endpoint")).endsWith("/connect/logout");
	}

	@Test
	void the_consent_page_shows_only_scopes_the_system_is_registered_for_and_the_hall_can_name() throws Exception {
		HallClient hall = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		try (DepartmentSystem rp = registered("openid profile", List.of("openid", "profile", "phone"), true)) {
			String crafted = "openid profile phone id_number __${T(java.lang.Runtime).getRuntime()}__ unknown.scope";
			Response page = hall.getEncoded("/oauth2/consent?client_id=" + rp.clientId() + "&scope="
					+ java.net.URLEncoder.encode(crafted, StandardCharsets.UTF_8).replace("+", "%20") + "&state=s1");
			assertThat(page.statusCode()).isEqualTo(200);
			String html = page.body().asString();
			assertThat(html).contains("value=\"profile\"", "value=\"phone\"", "姓名", "手机号码")
				.doesNotContain("Runtime", "unknown.scope", "value=\"id_number\"", "公民身份号码");

			Response unknownClient = hall.getEncoded("/oauth2/consent?client_id=no-such-system&scope=openid&state=s1");
			assertThat(unknownClient.statusCode()).isEqualTo(404);
		}
	}

	@Test
	void consents_are_audited_and_only_their_owner_withdraws_them() throws Exception {
		Someone owner = Citizens.unregistered(jdbc);
		HallClient hall = Citizens.signedIn(port, jdbc, owner);
		String subject = hall.get("/api/v1/identity/me").jsonPath().getString("subject");
		HallClient other = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		try (DepartmentSystem rp = registered("openid profile", List.of("openid", "profile"), true)) {
			Browser browser = new Browser(hall, rp);
			browser.follow(browser.consent(browser.follow(browser.rp("/login")), List.of("profile")));
			assertThat(audited("person.consentGiven", subject)).isEqualTo(1);
			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry
					where action = 'identity.tokenIssued' and actor = ? and object_id = ?
					  and details->>'grant' = 'authorization_code'""").params(subject, rp.clientId())
				.query(Long.class).single()).as("the sign-in to the department system is audited").isEqualTo(1);

			assertThat(other.postForm("/my/consents/" + rp.clientId() + "/withdraw", Map.of()).statusCode())
				.isEqualTo(404);
			assertThat(consentsOf(subject)).isEqualTo(1);
			assertThat(rp.get("http://localhost:" + port + "/userinfo", rp.last.accessToken())).contains(subject);

			assertThat(hall.postForm("/my/consents/" + rp.clientId() + "/withdraw", Map.of()).statusCode())
				.isEqualTo(302);
			assertThat(consentsOf(subject)).isZero();
			assertThat(audited("person.consentWithdrawn", subject)).isEqualTo(1);
		}
	}

	@Test
	void a_password_reset_ends_what_department_systems_hold_for_the_person() throws Exception {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient hall = Citizens.signedIn(port, jdbc, someone);
		try (DepartmentSystem rp = registered("openid profile", List.of("openid", "profile"), false)) {
			Browser browser = new Browser(hall, rp);
			browser.follow(browser.rp("/login"));
			String accessToken = rp.last.accessToken();
			assertThat(rp.get("http://localhost:" + port + "/userinfo", accessToken)).contains("\"sub\"");

			jdbc.sql("update identity_one_time_code set created_at = created_at - interval '2 minutes' where mobile = ?")
				.param(someone.mobile()).update();
			HallClient reset = new HallClient(port);
			reset.get("/password-reset");
			String resetId = reset.postForm("/password-reset", Map.of("identityNumber", someone.idNumber(), "mobile",
					someone.mobile())).header("Location").replaceAll(".*reset=([0-9a-f-]+).*", "$1");
			assertThat(reset.postForm("/password-reset/complete", Map.of("reset", resetId, "code",
					Citizens.lastCode(jdbc, someone.mobile()), "password", "NewPassword2027")).header("Location"))
				.endsWith("/login?passwordReset");

			assertThatThrownBy(rp::refresh).as("the refresh token no longer refreshes")
				.isInstanceOfSatisfying(DepartmentSystem.TokenRefused.class, r -> assertThat(r.status).isEqualTo(400));
			assertThatThrownBy(() -> rp.get("http://localhost:" + port + "/userinfo", accessToken))
				.isInstanceOfSatisfying(DepartmentSystem.TokenRefused.class, r -> assertThat(r.status).isEqualTo(401));
			assertThat(jdbc.sql("select count(*) from oauth2_authorization where principal_name = ?")
				.param(subjectOf(someone)).query(Long.class).single()).isZero();
		}
	}

	@Test
	void a_department_system_with_a_wrong_secret_never_counts_against_a_staff_account_of_the_same_name() throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		assertThat(admin.postJson("/api/v1/identity/clients", Map.of("clientId", "ybj.steward", "name",
				"与工作人员同名的机器客户端", "scopes", List.of("profile"), "signsUsersIn", false, "machine", true,
				"requireConsent", false)).statusCode()).isIn(201, 409);
		long failuresBefore = clientAuthenticationFailures("ybj.steward");
		try (DepartmentSystem machine = new DepartmentSystem("http://localhost:" + port, "ybj.steward", "profile")) {
			machine.secret("wrong-secret");
			for (int i = 0; i < 4; i++) {
				assertThatThrownBy(() -> machine.token("grant_type=client_credentials&scope=profile"))
					.isInstanceOf(DepartmentSystem.TokenRefused.class);
			}
		}
		assertThat(new HallClient(port).signIn("ybj.steward", HallClient.DEMO_PASSWORD).header("Location"))
			.endsWith("/workbench");
		assertThat(clientAuthenticationFailures("ybj.steward")).as("each wrong secret audited as the client's")
			.isEqualTo(failuresBefore + 4);
	}

	private long clientAuthenticationFailures(String clientId) {
		return jdbc.sql("""
				select count(*) from shared_audit_entry
				where action = 'identity.clientAuthenticationFailed' and object_id = ?""").param(clientId)
			.query(Long.class).single();
	}

	private long audited(String action, String actor) {
		return jdbc.sql("select count(*) from shared_audit_entry where action = ? and actor = ?").params(action, actor)
			.query(Long.class).single();
	}

	private long consentsOf(String subject) {
		return jdbc.sql("select count(*) from oauth2_authorization_consent where principal_name = ?").param(subject)
			.query(Long.class).single();
	}

	private String subjectOf(Someone someone) {
		return jdbc.sql("select subject::text from identity_person_account where identity_number = ?")
			.param(someone.idNumber()).query(String.class).single();
	}

	private Response gateway(String token, Map<String, String> lookup) {
		return RestAssured.given().port(port).header("Authorization", "Bearer " + token)
			.contentType("application/json").body(lookup).post("/api/v1/exchange/machine/lookups");
	}

	private DepartmentSystem registered(String scope, List<String> allowed, boolean consent) throws Exception {
		String clientId = "pd-qyfw-" + UUID.randomUUID().toString().substring(0, 8);
		DepartmentSystem rp = new DepartmentSystem("http://localhost:" + port, clientId, scope);
		Response registered = new HallClient(port).signedIn("sjj.admin").postJson("/api/v1/identity/clients",
				Map.of("clientId", clientId, "name", "浦东新区企业服务系统", "redirectUris", List.of(rp.redirectUri()),
						"postLogoutRedirectUris", List.of(rp.postLogoutUri()), "scopes", allowed, "signsUsersIn", true,
						"machine", false, "requireConsent", consent));
		assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
		rp.secret(registered.jsonPath().getString("clientSecret"));
		return rp;
	}

	private static String challenge(String verifier) throws Exception {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(
				MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
	}

	/** A browser with two cookie jars: the hall's (a {@link HallClient}) and the department system's. */
	private final class Browser {

		private final HallClient hall;

		private final DepartmentSystem rp;

		private final Map<String, String> rpCookies = new HashMap<>();

		Browser(HallClient hall, DepartmentSystem rp) {
			this.hall = hall;
			this.rp = rp;
		}

		private boolean atRp;

		Response rp(String path) {
			atRp = true;
			Response response = RestAssured.given().redirects().follow(false).urlEncodingEnabled(false).cookies(rpCookies)
				.get(path.startsWith("http") ? path : rp.base() + path);
			rpCookies.putAll(response.getCookies());
			return response;
		}

		Response follow(Response response) {
			for (int hops = 0; hops < 12 && response.statusCode() == 302; hops++) {
				String location = response.header("Location");
				if (location.startsWith("/") && atRp) {
					location = rp.base() + location;
				}
				URI uri = URI.create(location);
				if (location.startsWith(rp.base())) {
					response = rp(location);
				}
				else {
					atRp = false;
					response = hall.getEncoded(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
				}
			}
			return response;
		}

		/** Answers the consent page: the scopes ticked (none: deny). */
		Response consent(Response consentPage, List<String> scopes) {
			atRp = false;
			String html = consentPage.body().asString();
			String state = html.replaceAll("(?s).*name=\"state\" value=\"([^\"]+)\".*", "$1");
			Map<String, Object> form = new HashMap<>();
			form.put("client_id", rp.clientId());
			form.put("state", state);
			var request = hall.request().contentType("application/x-www-form-urlencoded").formParams(form);
			for (String scope : scopes) {
				request.formParam("scope", scope);
			}
			return request.post("/oauth2/authorize");
		}

		/** Runs an authorization request by hand and answers the code. */
		String codeFor(String scope, String codeChallenge) {
			Response response = hall.getEncoded("/oauth2/authorize?response_type=code&client_id=" + rp.clientId()
					+ "&redirect_uri=" + java.net.URLEncoder.encode(rp.redirectUri(), StandardCharsets.UTF_8) + "&scope="
					+ scope.replace(" ", "%20") + "&state=s1"
					+ "&code_challenge=" + codeChallenge + "&code_challenge_method=S256");
			String location = response.header("Location");
			assertThat(location).as("a code issued to the registered redirect").startsWith(rp.redirectUri() + "?")
				.contains("state=s1").containsPattern("[?&]code=[^&]+");
			return location.replaceAll(".*[?&]code=([^&]+).*", "$1");
		}
	}
}
