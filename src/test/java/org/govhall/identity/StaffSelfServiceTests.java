package org.govhall.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.response.Response;
import org.govhall.identity.internal.StaffSecondFactor;
import org.govhall.shared.security.StaffRole;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff look after their own sign-in: they change their password (proving the current one, which signs every
 * other device out) and sign devices out one by one. An administrator helps a staff member who lost the
 * password or the authenticator, with a reason in the audit trail; a temporary password must be changed before
 * anything else opens.
 */
@GovHallTest
class StaffSelfServiceTests {

	private static final String PASSWORD = "Correct-Horse-1";

	@LocalServerPort
	int port;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_staff_member_changes_the_password_and_is_signed_out_everywhere_else() {
		StaffSummary account = freshAccount();
		HallClient here = signedIn(account.username(), PASSWORD);
		HallClient elsewhere = signedIn(account.username(), PASSWORD);

		Response wrong = here.postJson("/api/v1/identity/me/password",
				Map.of("currentPassword", "not-it-at-all-1", "newPassword", "Brand-new-pass-2"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.jsonPath().getString("detail")).contains("当前密码不正确");
		Response weak = here.postJson("/api/v1/identity/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "short1"));
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.jsonPath().getString("detail")).contains("至少 10 位");
		Response named = here.postJson("/api/v1/identity/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", account.username() + "-2026x"));
		assertThat(named.jsonPath().getString("detail")).contains("用户名");
		assertThat(elsewhere.get("/workbench").statusCode()).as("refused changes end nothing").isEqualTo(200);

		Response changed = here.postJson("/api/v1/identity/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "Brand-new-pass-2"));
		assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
		assertThat(changed.jsonPath().getInt("sessionsEnded")).isEqualTo(1);
		assertThat(here.get("/workbench").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/workbench").header("Location")).endsWith("/login");

		assertThat(new HallClient(port).signIn(account.username(), PASSWORD).header("Location"))
			.endsWith("error=credentials");
		assertThat(new HallClient(port).signIn(account.username(), "Brand-new-pass-2").header("Location"))
			.endsWith("/workbench");
		assertThat(audited("staff.passwordChanged", account.id())).isEqualTo(1);
		assertThat(audited("staff.passwordChangeRefused", account.id())).isEqualTo(1);
	}

	@Test
	void the_password_page_explains_a_mistake_and_the_change_works_there_too() {
		StaffSummary account = freshAccount();
		HallClient staff = signedIn(account.username(), PASSWORD);
		assertThat(staff.get("/account/password").body().asString()).contains("当前密码", "再次输入新密码");
		Response mismatch = staff.postForm("/account/password", Map.of("currentPassword", PASSWORD, "newPassword",
				"Brand-new-pass-3", "confirmPassword", "Brand-new-pass-4"));
		assertThat(mismatch.statusCode()).isEqualTo(200);
		assertThat(mismatch.body().asString()).contains("两次输入的新密码不一致", "aria-invalid=\"true\"");
		Response done = staff.postForm("/account/password", Map.of("currentPassword", PASSWORD, "newPassword",
				"Brand-new-pass-3", "confirmPassword", "Brand-new-pass-3"));
		assertThat(done.header("Location")).endsWith("/account");
		assertThat(staff.get("/account").body().asString()).contains("密码已修改");
	}

	@Test
	void staff_see_their_devices_and_sign_one_out() {
		StaffSummary account = freshAccount();
		HallClient here = signedIn(account.username(), PASSWORD);
		HallClient elsewhere = signedIn(account.username(), PASSWORD);

		String page = here.get("/account").body().asString();
		assertThat(page).contains("id=\"session-list\"", "当前设备", "退出该设备", account.username());
		List<Map<String, Object>> listed = here.get("/api/v1/identity/me/sessions").jsonPath().getList("$");
		assertThat(listed).hasSize(2);
		String other = listed.stream().filter(s -> !Boolean.TRUE.equals(s.get("current")))
			.map(s -> (String) s.get("id")).findFirst().orElseThrow();

		assertThat(here.post("/account/sessions/" + other + "/end").header("Location")).endsWith("/account#sessions");
		assertThat(elsewhere.get("/workbench").header("Location")).endsWith("/login");
		assertThat(here.get("/workbench").statusCode()).isEqualTo(200);
		assertThat(here.post("/account/sessions/" + other + "/end").statusCode()).isEqualTo(404);

		// nobody ends another person's sessions: handles are looked up among one's own only
		HallClient third = signedIn(account.username(), PASSWORD);
		String thirdHandle = here.get("/api/v1/identity/me/sessions").jsonPath()
			.getList("findAll { !it.current }.id", String.class).get(0);
		assertThat(new HallClient(port).signedIn("scjg.clerk").post("/account/sessions/" + thirdHandle + "/end")
			.statusCode()).isEqualTo(404);
		assertThat(third.get("/workbench").statusCode()).isEqualTo(200);
		assertThat(here.post("/account/sessions/others/end").statusCode()).isEqualTo(302);
		assertThat(third.get("/workbench").header("Location")).endsWith("/login");

		HallClient citizen = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		assertThat(citizen.get("/account").header("Location")).endsWith("/my");
		assertThat(citizen.postJson("/api/v1/identity/me/password", Map.of("currentPassword", Citizens.PASSWORD,
				"newPassword", "Another-pass-99")).statusCode()).isEqualTo(403);
	}

	@Test
	void a_temporary_password_must_be_changed_before_anything_else_opens() {
		StaffSummary account = freshAccount();
		HallClient before = signedIn(account.username(), PASSWORD);
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String path = "/api/v1/identity/staff/" + account.id() + "/temporary-password";

		assertThat(admin.postJson(path, Map.of("reason", " ")).statusCode()).isEqualTo(400);
		assertThat(new HallClient(port).signedIn("scjg.head").postJson(path, Map.of("reason", "试图越权"))
			.statusCode()).isEqualTo(403);
		long adminId = jdbc.sql("select id from identity_staff_account where username = 'sjj.admin'")
			.query(Long.class).single();
		Response self = admin.postJson("/api/v1/identity/staff/" + adminId + "/temporary-password",
				Map.of("reason", "给自己设置"));
		assertThat(self.statusCode()).isEqualTo(403);
		assertThat(admin.postJson("/api/v1/identity/staff/999999999/temporary-password", Map.of("reason", "不存在"))
			.statusCode()).isEqualTo(404);
		assertThat(admin.postJson(path, Map.of("reason", "本人来电", "password", "weakpassword")).statusCode())
			.isEqualTo(400);

		Response set = admin.postJson(path, Map.of("reason", "本人来电忘记密码，已核实身份"));
		assertThat(set.statusCode()).as(set.asString()).isEqualTo(200);
		String temporary = set.jsonPath().getString("temporaryPassword");
		assertThat(temporary).hasSizeGreaterThanOrEqualTo(10).containsPattern("[0-9]").containsPattern("[A-Za-z]");
		assertThat(set.jsonPath().getInt("sessionsEnded")).isEqualTo(1);
		assertThat(before.get("/workbench").header("Location")).endsWith("/login");
		assertThat(admin.get("/api/v1/identity/staff/" + account.id() + "/credentials").jsonPath()
			.getBoolean("passwordChangeRequired")).isTrue();
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_entry where action = 'staff.temporaryPasswordSet' and object_id = ?
				  and actor = 'sjj.admin' and purpose = '本人来电忘记密码，已核实身份'
				  and details::text not like ?""").params(String.valueOf(account.id()), "%" + temporary + "%")
			.query(Long.class).single()).isEqualTo(1);

		HallClient staff = new HallClient(port);
		assertThat(staff.signIn(account.username(), temporary).header("Location")).endsWith("/workbench");
		assertThat(staff.get("/workbench").header("Location")).endsWith("/account/password");
		assertThat(staff.get("/account").header("Location")).endsWith("/account/password");
		assertThat(staff.get("/api/v1/identity/me/sessions").statusCode()).isEqualTo(403);
		assertThat(staff.get("/account/password").body().asString()).contains("临时密码");

		Response changed = staff.postJson("/api/v1/identity/me/password",
				Map.of("currentPassword", temporary, "newPassword", "Chosen-by-me-5"));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(staff.get("/workbench").statusCode()).isEqualTo(200);
		assertThat(admin.get("/api/v1/identity/staff/" + account.id() + "/credentials").jsonPath()
			.getBoolean("passwordChangeRequired")).isFalse();
		assertThat(new HallClient(port).signIn(account.username(), "Chosen-by-me-5").header("Location"))
			.endsWith("/workbench");
	}

	@Test
	void an_administrator_removes_a_lost_authenticator_from_the_organisation_page() {
		StaffSummary account = freshAccount();
		HallClient staff = signedIn(account.username(), PASSWORD);
		String secret = staff.get("/account/second-factor").body().asString()
			.replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");
		staff.postForm("/account/second-factor", Map.of("code", secondFactor.codeAt(secret, secondFactor.currentStep())));
		assertThat(secondFactor.enrolled(account.id())).isTrue();
		assertThat(staff.get("/account").body().asString()).contains("id=\"second-factor-status\"", "已启用");

		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String member = "/admin/organisation/MZJ/staff/" + account.id();
		assertThat(admin.get("/admin/organisation/MZJ").body().asString()).contains(member);
		assertThat(admin.get(member).body().asString()).contains("重置二次验证", "已启用");
		assertThat(admin.get("/admin/organisation/SCJG/staff/" + account.id()).statusCode())
			.as("the staff member belongs to another department").isEqualTo(404);
		assertThat(new HallClient(port).signedIn("mzj.head").get(member).statusCode()).isEqualTo(403);

		Response noReason = admin.postForm(member + "/second-factor/reset", Map.of("reason", ""));
		assertThat(admin.get(noReason.header("Location")).body().asString()).contains("请填写原因");
		assertThat(secondFactor.enrolled(account.id())).isTrue();

		Response reset = admin.postForm(member + "/second-factor/reset", Map.of("reason", "手机丢失，本人到场核实"));
		assertThat(reset.header("Location")).endsWith(member);
		assertThat(admin.get(member).body().asString()).contains("已重置", "未启用");
		assertThat(secondFactor.enrolled(account.id())).isFalse();
		assertThat(staff.get("/workbench").header("Location")).as("signed out everywhere").endsWith("/login");
		assertThat(new HallClient(port).signIn(account.username(), PASSWORD).header("Location"))
			.as("the password alone opens the account again until a new authenticator is enrolled")
			.endsWith("/workbench");
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_entry where action = 'staff.secondFactorReset' and object_id = ?
				  and actor = 'sjj.admin' and purpose = '手机丢失，本人到场核实'""").param(String.valueOf(account.id()))
			.query(Long.class).single()).isEqualTo(1);
		Response again = admin.postJson("/api/v1/identity/staff/" + account.id() + "/second-factor/reset",
				Map.of("reason", "再次重置"));
		assertThat(again.statusCode()).isEqualTo(409);

		Response typed = admin.postForm(member + "/temporary-password", Map.of("reason", "本人遗忘密码",
				"password", "Typed-by-admin-7"));
		String shown = admin.get(typed.header("Location")).body().asString();
		assertThat(shown).contains("已为", "须修改密码").doesNotContain("Typed-by-admin-7");
	}

	private HallClient signedIn(String username, String password) {
		HallClient client = new HallClient(port);
		assertThat(client.signIn(username, password).header("Location")).endsWith("/workbench");
		client.get("/workbench");
		return client;
	}

	private long audited(String action, long staffId) {
		return jdbc.sql("select count(*) from shared_audit_entry where action = ? and object_id = ?")
			.params(action, String.valueOf(staffId)).query(Long.class).single();
	}

	private StaffSummary freshAccount() {
		String username = "self." + UUID.randomUUID().toString().substring(0, 8);
		return directory.openAccount(new NewStaffAccount(username, "测试人员", "MZJ", Set.of(StaffRole.WINDOW_CLERK),
				PASSWORD));
	}
}
