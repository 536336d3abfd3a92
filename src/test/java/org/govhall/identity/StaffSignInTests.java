package org.govhall.identity;

import java.util.Set;
import java.util.UUID;

import io.restassured.response.Response;
import org.govhall.shared.audit.AuditPage;
import org.govhall.shared.audit.AuditQuery;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffRole;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff sign in with a password, are locked out after repeated failures, and sign out — all audited. */
@GovHallTest
class StaffSignInTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_clerk_signs_in_sees_the_workbench_and_signs_out_and_the_trail_records_both() {
		long signedIn = audited("scjg.clerk", "staff.signedIn").total();
		long signedOut = audited("scjg.clerk", "staff.signedOut").total();
		HallClient clerk = new HallClient(port);
		Response signIn = clerk.signIn("scjg.clerk", HallClient.DEMO_PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.header("Location")).endsWith("/workbench");

		Response workbench = clerk.get("/workbench");
		assertThat(workbench.statusCode()).isEqualTo(200);
		assertThat(workbench.body().asString()).contains("市场监督管理局", "窗口人员");

		Response signOut = clerk.signOut();
		assertThat(signOut.header("Location")).endsWith("/?signedOut");
		assertThat(clerk.get("/workbench").header("Location")).endsWith("/login");

		assertThat(audited("scjg.clerk", "staff.signedIn").total()).isEqualTo(signedIn + 1);
		assertThat(audited("scjg.clerk", "staff.signedOut").total()).isEqualTo(signedOut + 1);
	}

	@Test
	void usernames_are_not_case_sensitive() {
		assertThat(new HallClient(port).signIn("SCJG.Reviewer", HallClient.DEMO_PASSWORD).header("Location"))
			.endsWith("/workbench");
	}

	@Test
	void a_wrong_password_is_refused_with_a_message_that_does_not_say_which_part_was_wrong() {
		long failedBefore = audited("swj.clerk", "staff.signInFailed").total();
		long unknownBefore = audited("nobody.here", "staff.signInFailed").total();
		HallClient stranger = new HallClient(port);
		Response wrongPassword = stranger.signIn("swj.clerk", "not-the-password");
		Response unknownUser = stranger.signIn("nobody.here", "not-the-password");
		assertThat(wrongPassword.header("Location")).endsWith("/login?error=credentials");
		assertThat(unknownUser.header("Location")).endsWith("/login?error=credentials");
		assertThat(stranger.get("/login?error=credentials").body().asString()).contains("用户名或密码错误");
		assertThat(audited("swj.clerk", "staff.signInFailed").total()).isEqualTo(failedBefore + 1);
		assertThat(audited("nobody.here", "staff.signInFailed").total()).isEqualTo(unknownBefore + 1);
	}

	@Test
	void repeated_failures_lock_the_account_even_against_the_right_password_until_an_administrator_unlocks_it() {
		StaffSummary account = freshAccount();
		HallClient attacker = new HallClient(port);
		for (int i = 0; i < 3; i++) {
			assertThat(attacker.signIn(account.username(), "wrong-" + i).header("Location"))
				.endsWith("error=credentials");
		}
		assertThat(attacker.signIn(account.username(), "Correct-Horse-1").header("Location"))
			.endsWith("/login?error=locked");
		assertThat(audited(account.username(), "staff.signInRefused").total()).isEqualTo(1);
		assertThat(audit.search(new AuditQuery(AuditTrail.SYSTEM, "staff.locked", "staff", account.username(), null,
				null, 0, 10)).total()).isEqualTo(1);

		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		assertThat(admin.post("/api/v1/organisation/staff/" + account.id() + "/unlock").statusCode()).isEqualTo(204);

		assertThat(new HallClient(port).signIn(account.username(), "Correct-Horse-1").header("Location"))
			.endsWith("/workbench");
	}

	@Test
	void an_expired_lock_starts_a_fresh_count() {
		StaffSummary account = freshAccount();
		HallClient attacker = new HallClient(port);
		for (int i = 0; i < 3; i++) {
			attacker.signIn(account.username(), "wrong-" + i);
		}
		jdbc.sql("update identity_staff_account set locked_until = now() - interval '1 minute' where id = ?")
			.param(account.id()).update();
		assertThat(attacker.signIn(account.username(), "wrong-again").header("Location"))
			.endsWith("error=credentials");
		assertThat(jdbc.sql("select failed_sign_in_attempts from identity_staff_account where id = ?")
			.param(account.id()).query(Integer.class).single()).isEqualTo(1);
		assertThat(new HallClient(port).signIn(account.username(), "Correct-Horse-1").header("Location"))
			.endsWith("/workbench");
	}

	@Test
	void passwords_are_stored_as_argon2_hashes() {
		String hash = jdbc.sql("select password_hash from identity_staff_account where username = 'scjg.clerk'")
			.query(String.class).single();
		assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(HallClient.DEMO_PASSWORD);
	}

	@Test
	void the_demo_organisation_has_at_least_twenty_departments_with_staff() {
		assertThat(directory.departments()).hasSizeGreaterThanOrEqualTo(20)
			.extracting(DepartmentSummary::nameZh)
			.contains("市场监督管理局", "税务局", "公安局", "人力资源和社会保障局", "住房公积金管理中心", "12345市民服务热线管理中心");
		directory.departments().forEach(d -> assertThat(directory.staffOf(d.id())).isNotEmpty());
	}

	private StaffSummary freshAccount() {
		String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
		return directory.openAccount(new NewStaffAccount(username, "测试人员", "MZJ", Set.of(StaffRole.WINDOW_CLERK),
				"Correct-Horse-1"));
	}

	private AuditPage audited(String actor, String action) {
		return audit.search(new AuditQuery(actor, action, null, null, null, null, 0, 10));
	}
}
