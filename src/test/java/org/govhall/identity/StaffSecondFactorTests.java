package org.govhall.identity;

import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.govhall.identity.internal.StaffSecondFactor;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff enrol a TOTP authenticator; from then on the password alone opens nothing — neither the workbench, nor
 * the API, nor the OIDC provider — until a fresh code is given; a wrong or replayed code is refused.
 */
@GovHallTest
class StaffSecondFactorTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	JdbcClient jdbc;

	@Test
	void after_enrolment_a_password_alone_opens_nothing_and_codes_work_once() {
		HallClient first = new HallClient(port).signedIn("gaj.clerk");
		Response page = first.get("/account/second-factor");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().asString()).contains("<svg", "totp-secret");
		String secret = page.body().asString().replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");
		long step = secondFactor.currentStep();

		Response wrong = first.postForm("/account/second-factor", Map.of("code", "000000".equals(
				secondFactor.codeAt(secret, step)) ? "111111" : "000000"));
		assertThat(wrong.body().asString()).contains("动态码不正确");
		Response enrolled = first.postForm("/account/second-factor", Map.of("code", secondFactor.codeAt(secret, step)));
		assertThat(enrolled.header("Location")).endsWith("/workbench");
		long staffId = jdbc.sql("select id from identity_staff_account where username = 'gaj.clerk'")
			.query(Long.class).single();
		assertThat(secondFactor.enrolled(staffId)).isTrue();

		HallClient next = new HallClient(port);
		Response password = next.signIn("gaj.clerk", HallClient.DEMO_PASSWORD);
		assertThat(password.header("Location")).endsWith("/login/second-factor");
		assertThat(next.get("/workbench").header("Location")).endsWith("/login/second-factor");
		assertThat(next.get("/api/v1/catalog/editor/items").statusCode()).isEqualTo(401);
		String clientId = "totp-check-" + java.util.UUID.randomUUID().toString().substring(0, 6);
		new HallClient(port).signedIn("sjj.admin").postJson("/api/v1/identity/clients", Map.of("clientId", clientId,
				"name", "二次验证检查", "redirectUris", java.util.List.of("https://dept.example/cb"), "scopes",
				java.util.List.of("openid"), "signsUsersIn", true, "requireConsent", false));
		assertThat(next.getEncoded("/oauth2/authorize?response_type=code&client_id=" + clientId
				+ "&redirect_uri=https%3A%2F%2Fdept.example%2Fcb&scope=openid&state=s&code_challenge="
				+ "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256").header("Location"))
			.as("the OIDC provider holds the staff member at the second factor too")
			.endsWith("/login/second-factor");

		// the code used at enrolment cannot be used again
		long failures = secondFactorFailures();
		Response replayed = next.postForm("/login/second-factor", Map.of("code", secondFactor.codeAt(secret, step)));
		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(replayed.body().asString()).contains("动态码不正确");
		Response passed = next.postForm("/login/second-factor",
				Map.of("code", secondFactor.codeAt(secret, step + 1)));
		assertThat(passed.header("Location")).endsWith("/workbench");
		assertThat(next.get("/workbench").statusCode()).isEqualTo(200);
		assertThat(secondFactorFailures()).as("the replayed code, audited").isEqualTo(failures + 1);

		secondFactor.reset(staffId, "测试结束");
		assertThat(new HallClient(port).signIn("gaj.clerk", HallClient.DEMO_PASSWORD).header("Location"))
			.endsWith("/workbench");
	}

	@Test
	void wrong_authenticator_codes_lock_the_account_like_wrong_passwords_until_an_administrator_unlocks_it() {
		Enrolled staff = enrolledStaff("WINDOW_CLERK");
		HallClient held = new HallClient(port);
		assertThat(held.signIn(staff.username(), HallClient.DEMO_PASSWORD).header("Location"))
			.endsWith("/login/second-factor");
		held.get("/login/second-factor");
		String wrong = wrongCode(staff.secret());
		// the test profile locks after three failures, as for passwords
		for (int i = 0; i < 2; i++) {
			assertThat(held.postForm("/login/second-factor", Map.of("code", wrong)).body().asString())
				.contains("动态码不正确");
		}
		Response locked = held.postForm("/login/second-factor", Map.of("code", wrong));
		assertThat(locked.header("Location")).endsWith("/login?error=secondFactorLocked");
		assertThat(held.getEncoded("/login?error=secondFactorLocked").body().asString()).contains("多次动态码错误");
		assertThat(held.get("/workbench").header("Location")).as("the half-signed-in session ended")
			.endsWith("/login");
		assertThat(audited("staff.locked", staff.username())).isEqualTo(1);

		// while locked, the password opens nothing either
		assertThat(new HallClient(port).signIn(staff.username(), HallClient.DEMO_PASSWORD).header("Location"))
			.endsWith("/login?error=locked");

		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		assertThat(admin.post("/api/v1/organisation/staff/" + staff.id() + "/unlock").statusCode()).isEqualTo(204);
		HallClient again = new HallClient(port);
		assertThat(again.signIn(staff.username(), HallClient.DEMO_PASSWORD).header("Location"))
			.endsWith("/login/second-factor");
		again.get("/login/second-factor");
		assertThat(again.postForm("/login/second-factor", Map.of("code", wrong)).body().asString())
			.as("the unlock forgot the earlier wrong codes: one more is not a lock").contains("动态码不正确");
		assertThat(again.postForm("/login/second-factor",
				Map.of("code", secondFactor.codeAt(staff.secret(), secondFactor.currentStep() + 1))).header("Location"))
			.endsWith("/workbench");
	}

	@Test
	void an_administrator_with_an_authenticator_reads_the_operators_endpoints_in_the_session_not_with_a_password_alone() {
		Enrolled admin = enrolledStaff("ADMINISTRATOR");
		Response basic = RestAssured.given().port(port).auth().preemptive().basic(admin.username(),
				HallClient.DEMO_PASSWORD).get("/actuator/metrics");
		assertThat(basic.statusCode()).isEqualTo(401);
		assertThat(basic.contentType()).startsWith("application/problem+json");
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_entry where action = 'staff.signInRefused' and actor = ?
				  and details->>'reason' = 'password-alone-with-second-factor'""").param(admin.username())
			.query(Long.class).single()).isEqualTo(1);

		HallClient browser = new HallClient(port);
		browser.signIn(admin.username(), HallClient.DEMO_PASSWORD);
		browser.get("/login/second-factor");
		assertThat(browser.get("/actuator/metrics").statusCode()).as("held at the second factor").isEqualTo(401);
		browser.postForm("/login/second-factor",
				Map.of("code", secondFactor.codeAt(admin.secret(), secondFactor.currentStep() + 1)));
		assertThat(browser.get("/actuator/metrics").statusCode()).isEqualTo(200);
		assertThat(browser.get("/actuator/health").jsonPath().getString("components.db.status")).isEqualTo("UP");

		// an administrator without an authenticator still scrapes with HTTP Basic, and no session is created
		Response scraper = RestAssured.given().port(port).auth().preemptive().basic("sjj.admin",
				HallClient.DEMO_PASSWORD).get("/actuator/metrics");
		assertThat(scraper.statusCode()).isEqualTo(200);
		assertThat(scraper.getCookies()).doesNotContainKey("SESSION");
		assertThat(new HallClient(port).signedIn("scjg.clerk").get("/actuator/metrics").statusCode()).isEqualTo(403);
	}

	/** A new staff account of the demo transport department with an authenticator enrolled. */
	record Enrolled(long id, String username, String secret) {
	}

	private Enrolled enrolledStaff(String role) {
		String username = "jtw.totp-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		Response opened = new HallClient(port).signedIn("sjj.admin").postJson("/api/v1/organisation/staff",
				Map.of("username", username, "displayName", "二次验证测试", "departmentCode", "JTW", "roles",
						java.util.List.of(role), "password", HallClient.DEMO_PASSWORD));
		assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(201);
		HallClient first = new HallClient(port).signedIn(username);
		String secret = first.get("/account/second-factor").body().asString()
			.replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");
		assertThat(first.postForm("/account/second-factor",
				Map.of("code", secondFactor.codeAt(secret, secondFactor.currentStep()))).header("Location"))
			.endsWith("/workbench");
		long id = jdbc.sql("select id from identity_staff_account where username = ?").param(username)
			.query(Long.class).single();
		return new Enrolled(id, username, secret);
	}

	private String wrongCode(String secret) {
		long step = secondFactor.currentStep();
		for (String candidate : java.util.List.of("000000", "111111", "222222", "333333")) {
			if (java.util.stream.LongStream.rangeClosed(step - 2, step + 2)
				.noneMatch(s -> secondFactor.codeAt(secret, s).equals(candidate))) {
				return candidate;
			}
		}
		throw new IllegalStateException("no wrong code found");
	}

	private long audited(String action, String objectId) {
		return jdbc.sql("select count(*) from shared_audit_entry where action = ? and object_id = ?")
			.params(action, objectId).query(Long.class).single();
	}

	private long secondFactorFailures() {
		return jdbc.sql("select count(*) from shared_audit_entry where action = 'staff.secondFactorFailed'"
				+ " and actor = 'gaj.clerk'").query(Long.class).single();
	}
}
