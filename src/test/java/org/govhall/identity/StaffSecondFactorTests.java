package org.govhall.identity;

import java.util.Map;

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
		Response replayed = next.postForm("/login/second-factor", Map.of("code", secondFactor.codeAt(secret, step)));
		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(replayed.body().asString()).contains("动态码不正确");
		Response passed = next.postForm("/login/second-factor",
				Map.of("code", secondFactor.codeAt(secret, step + 1)));
		assertThat(passed.header("Location")).endsWith("/workbench");
		assertThat(next.get("/workbench").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'staff.secondFactorFailed' and actor = 'gaj.clerk'")
			.query(Long.class).single()).isPositive();

		secondFactor.reset(staffId, "测试结束");
		assertThat(new HallClient(port).signIn("gaj.clerk", HallClient.DEMO_PASSWORD).header("Location"))
			.endsWith("/workbench");
	}
}
