package org.govhall.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.govhall.shared.audit.AuditQuery;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.identifiers.IdentityNumbers;
import org.govhall.support.Citizens.Someone;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens register with a real-name check through the exchange and a code to their mobile, sign in with a
 * password or a code, reset a forgotten password, and see and end their sessions; every failure path is refused
 * with a clear problem and leaves no account behind.
 */
@GovHallTest
class CitizenAccountTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Test
	void a_citizen_registers_with_a_verified_real_name_and_signs_in_with_identity_number_or_mobile() {
		Someone someone = Citizens.unregistered(jdbc);
		Response confirmed = Citizens.register(new HallClient(port), jdbc, someone);
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.jsonPath().getString("assurance")).isEqualTo("REAL_NAME");
		String subject = confirmed.jsonPath().getString("subject");

		HallClient byNumber = Citizens.signIn(port, someone.idNumber());
		Response me = byNumber.get("/api/v1/identity/me");
		assertThat(me.jsonPath().getString("name")).isEqualTo(someone.name());
		assertThat(me.jsonPath().getString("identityNumber")).startsWith(someone.idNumber().substring(0, 1))
			.contains("****").doesNotContain(someone.idNumber().substring(6, 14));
		assertThat(byNumber.get("/my").body().asString()).contains(someone.name(), "已实名核验");
		Citizens.signIn(port, someone.mobile());

		// the real-name check is in the person's own "who read my data", with its purpose
		Response access = byNumber.get("/api/v1/identity/me/data-access");
		assertThat(access.jsonPath().getList("records.purpose", String.class))
			.anySatisfy(p -> assertThat(p).contains("实名核验"));
		assertThat(audit.search(new AuditQuery(null, "person.registered", null, subject, null, null, 0, 5)).total())
			.isEqualTo(1);
		// the trail never holds the identity number of a sign-in in clear
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where action like 'person.%' and details::text like ?")
			.param("%" + someone.idNumber() + "%").query(Long.class).single()).isZero();
	}

	@Test
	void a_wrong_code_counts_against_the_code_and_five_wrong_codes_kill_it() {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient client = new HallClient(port);
		String registration = start(client, someone).jsonPath().getString("registration");
		String right = Citizens.lastCode(jdbc, someone.mobile());
		String wrong = right.equals("000000") ? "111111" : "000000";

		Response first = confirm(client, registration, wrong);
		assertThat(first.statusCode()).isEqualTo(400);
		assertThat(first.contentType()).startsWith("application/problem+json");
		assertThat(first.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:validation");
		assertThat(first.jsonPath().getString("detail")).contains("还可再试 4 次");
		for (int i = 0; i < 4; i++) {
			confirm(client, registration, wrong);
		}
		Response exhausted = confirm(client, registration, right);
		assertThat(exhausted.statusCode()).isEqualTo(400);
		assertThat(exhausted.jsonPath().getString("detail")).contains("错误次数过多");
		assertNoAccount(someone);
	}

	@Test
	void a_code_is_used_once_and_expires() {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient client = new HallClient(port);
		String registration = start(client, someone).jsonPath().getString("registration");
		String code = Citizens.lastCode(jdbc, someone.mobile());
		assertThat(confirm(client, registration, code).statusCode()).isEqualTo(200);
		Response replayed = confirm(client, registration, code);
		assertThat(replayed.statusCode()).isEqualTo(400);
		assertThat(replayed.jsonPath().getString("detail")).contains("已使用");

		Someone late = Citizens.unregistered(jdbc);
		String lateRegistration = start(client, late).jsonPath().getString("registration");
		jdbc.sql("update identity_one_time_code set expires_at = now() - interval '1 second' where id = ?::uuid")
			.param(lateRegistration).update();
		Response expired = confirm(client, lateRegistration, Citizens.lastCode(jdbc, late.mobile()));
		assertThat(expired.statusCode()).isEqualTo(400);
		assertThat(expired.jsonPath().getString("detail")).contains("已过期");
		assertNoAccount(late);
	}

	@Test
	void an_identity_number_the_population_register_does_not_know_is_refused() {
		String unknown = null;
		for (int seq = 1; unknown == null; seq++) {
			String candidate = IdentityNumbers.generate("310101", LocalDate.of(1931, 2, 3), seq);
			if (jdbc.sql("select count(*) from exchange_person where id_number = ?").param(candidate)
				.query(Long.class).single() == 0) {
				unknown = candidate;
			}
		}
		Someone nobody = new Someone(unknown, "查无此人", Citizens.mobile(9_000_001));
		Response refused = Citizens.register(new HallClient(port), jdbc, nobody);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:validation");
		assertThat(refused.jsonPath().getString("detail")).contains("人口库中没有");
		assertNoAccount(nobody);
	}

	@Test
	void a_name_that_does_not_match_the_identity_number_is_refused_in_either_language() {
		Someone real = Citizens.unregistered(jdbc);
		Someone impostor = new Someone(real.idNumber(), real.name() + "某", real.mobile());
		Response refused = Citizens.register(new HallClient(port), jdbc, impostor);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.jsonPath().getString("detail")).contains("姓名与公民身份号码不一致");
		assertNoAccount(real);

		Someone other = Citizens.unregistered(jdbc);
		HallClient english = new HallClient(port, "en");
		english.get("/login");
		Response start = english.postJson("/api/v1/identity/registrations", Map.of("identityNumber",
				other.idNumber(), "name", "Somebody Else", "mobile", other.mobile(), "password", Citizens.PASSWORD,
				"consent", true));
		Response confirmed = english.postJson("/api/v1/identity/registrations/"
				+ start.jsonPath().getString("registration") + "/confirmation",
				Map.of("code", Citizens.lastCode(jdbc, other.mobile())));
		assertThat(confirmed.jsonPath().getString("detail")).contains("does not match");
	}

	@Test
	void malformed_registrations_get_clear_problems() {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient client = new HallClient(port);
		client.get("/login");
		String badCheck = someone.idNumber().substring(0, 17)
				+ (someone.idNumber().charAt(17) == '0' ? "1" : "0");
		Response badNumber = client.postJson("/api/v1/identity/registrations", Map.of("identityNumber", badCheck,
				"name", someone.name(), "mobile", someone.mobile(), "password", Citizens.PASSWORD, "consent",
				true));
		assertThat(badNumber.statusCode()).isEqualTo(400);
		assertThat(badNumber.jsonPath().getString("detail")).contains("校验位");

		Response weak = client.postJson("/api/v1/identity/registrations", Map.of("identityNumber",
				someone.idNumber(), "name", someone.name(), "mobile", someone.mobile(), "password", "short1", "consent",
				true));
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.jsonPath().getString("detail")).contains("至少 10 位");

		Response badMobile = client.postJson("/api/v1/identity/registrations", Map.of("identityNumber",
				someone.idNumber(), "name", someone.name(), "mobile", "12345", "password", Citizens.PASSWORD, "consent",
				true));
		assertThat(badMobile.jsonPath().getString("detail")).contains("11 位");

		Response missing = client.postJson("/api/v1/identity/registrations", Map.of("name", someone.name()));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.jsonPath().getList("errors.field")).contains("identityNumber", "mobile", "password");
		assertThat(jdbc.sql("select count(*) from identity_dev_sms where mobile = ?").param(someone.mobile())
			.query(Long.class).single()).isZero();
	}

	@Test
	void an_identity_number_registers_once_and_a_mobile_gets_one_code_a_minute() {
		Someone someone = Citizens.unregistered(jdbc);
		assertThat(Citizens.register(new HallClient(port), jdbc, someone).statusCode()).isEqualTo(200);
		HallClient again = new HallClient(port);
		again.get("/login");
		Response duplicate = again.postJson("/api/v1/identity/registrations", Map.of("identityNumber",
				someone.idNumber(), "name", someone.name(), "mobile", Citizens.mobile(9_000_002), "password",
				Citizens.PASSWORD, "consent", true));
		assertThat(duplicate.statusCode()).isEqualTo(409);

		Someone hasty = Citizens.unregistered(jdbc);
		assertThat(start(again, hasty).statusCode()).isEqualTo(202);
		Response tooSoon = start(again, hasty);
		assertThat(tooSoon.statusCode()).isEqualTo(429);
		assertThat(tooSoon.jsonPath().getString("detail")).contains("60 秒");
	}

	@Test
	void a_citizen_signs_in_with_a_code_sent_to_the_mobile() {
		Someone someone = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, someone);
		jdbc.sql("update identity_one_time_code set created_at = created_at - interval '2 minutes' where mobile = ?")
			.param(someone.mobile()).update();
		HallClient client = new HallClient(port);
		client.get("/login/code");
		Response sent = client.request().contentType(ContentType.URLENC).formParam("mobile", someone.mobile())
			.post("/login/code/send");
		String location = sent.header("Location");
		assertThat(location).contains("/login/code?challenge=");
		String challenge = location.replaceAll(".*challenge=([0-9a-f-]+).*", "$1");

		Response wrong = client.request().contentType(ContentType.URLENC).formParam("challenge", challenge)
			.formParam("mobile", someone.mobile()).formParam("code", "999999x").post("/login/code");
		assertThat(wrong.header("Location")).contains("/login/code?challenge=" + challenge).contains("error=");
		assertThat(client.get("/my").statusCode()).isEqualTo(302);

		Response signedIn = client.postForm("/login/code", Map.of("challenge", challenge, "mobile", someone.mobile(),
				"code", Citizens.lastCode(jdbc, someone.mobile())));
		assertThat(signedIn.header("Location")).contains("/my");
		HallClient keep = client;
		keep.get("/my");
		assertThat(keep.get("/api/v1/identity/me").jsonPath().getString("name")).isEqualTo(someone.name());

		// an unregistered mobile gets the same answer but no text
		String stranger = Citizens.mobile(9_000_003);
		HallClient anybody = new HallClient(port);
		anybody.get("/login/code");
		Response unknown = anybody.postForm("/login/code/send", Map.of("mobile", stranger));
		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(unknown.header("Location")).contains("/login/code?challenge=");
		assertThat(texts(stranger)).isZero();
	}

	@Test
	void code_sign_in_answers_alike_for_mobiles_with_and_without_an_account() {
		Someone known = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, known);
		ageCodes(known.mobile());
		String unknown = Citizens.unregistered(jdbc).mobile();
		for (String mobile : List.of(known.mobile(), unknown)) {
			HallClient client = new HallClient(port);
			client.get("/login/code");
			Response first = client.postForm("/login/code/send", Map.of("mobile", mobile));
			assertThat(first.statusCode()).as(mobile).isEqualTo(302);
			assertThat(first.header("Location")).as(mobile).contains("/login/code?challenge=");
			String challenge = first.header("Location").replaceAll(".*challenge=([0-9a-f-]+).*", "$1");

			Response again = client.postForm("/login/code/send", Map.of("mobile", mobile));
			assertThat(again.statusCode()).as(mobile).isEqualTo(200);
			assertThat(again.body().asString()).as(mobile).contains("请 60 秒后再试");

			Response wrong = client.postForm("/login/code", Map.of("challenge", challenge, "mobile", mobile, "code",
					"abcdef"));
			assertThat(wrong.header("Location")).as(mobile).contains("error=identity.code.wrong");
			assertThat(client.getEncoded(pathOf(wrong)).body().asString()).as(mobile).contains("还可再试 4 次");
		}
		assertThat(texts(unknown)).isZero();
		assertThat(texts(known.mobile())).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'person.codeWithheld' and object_id = ?")
			.param(unknown.substring(0, 3) + "****" + unknown.substring(7)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void a_wrong_sign_in_code_shows_the_tries_really_left() {
		Someone someone = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, someone);
		ageCodes(someone.mobile());
		HallClient client = new HallClient(port);
		client.get("/login/code");
		String challenge = client.postForm("/login/code/send", Map.of("mobile", someone.mobile())).header("Location")
			.replaceAll(".*challenge=([0-9a-f-]+).*", "$1");
		String wrong = Citizens.lastCode(jdbc, someone.mobile()).equals("000000") ? "111111" : "000000";
		Response first = client.postForm("/login/code", Map.of("challenge", challenge, "mobile", someone.mobile(),
				"code", wrong));
		assertThat(client.getEncoded(pathOf(first)).body().asString()).contains("还可再试 4 次");
		Response second = client.postForm("/login/code", Map.of("challenge", challenge, "mobile", someone.mobile(),
				"code", wrong));
		assertThat(client.getEncoded(pathOf(second)).body().asString()).contains("还可再试 3 次")
			.doesNotContain("还可再试 5 次");
	}

	@Test
	void a_sign_in_code_is_used_once_and_expires() {
		Someone someone = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, someone);
		ageCodes(someone.mobile());
		HallClient client = new HallClient(port);
		client.get("/login/code");
		String challenge = client.postForm("/login/code/send", Map.of("mobile", someone.mobile())).header("Location")
			.replaceAll(".*challenge=([0-9a-f-]+).*", "$1");
		String code = Citizens.lastCode(jdbc, someone.mobile());
		assertThat(client.postForm("/login/code", Map.of("challenge", challenge, "mobile", someone.mobile(), "code",
				code)).header("Location")).endsWith("/my");

		HallClient replay = new HallClient(port);
		replay.get("/login/code");
		Response replayed = replay.postForm("/login/code", Map.of("challenge", challenge, "mobile", someone.mobile(),
				"code", code));
		assertThat(replayed.header("Location")).contains("error=identity.code.used");
		assertThat(replay.getEncoded(pathOf(replayed)).body().asString()).contains("已使用");
		assertThat(replay.get("/my").statusCode()).isEqualTo(302);

		ageCodes(someone.mobile());
		String late = replay.postForm("/login/code/send", Map.of("mobile", someone.mobile())).header("Location")
			.replaceAll(".*challenge=([0-9a-f-]+).*", "$1");
		jdbc.sql("update identity_one_time_code set expires_at = now() - interval '1 second' where id = ?::uuid")
			.param(late).update();
		Response expired = replay.postForm("/login/code", Map.of("challenge", late, "mobile", someone.mobile(),
				"code", Citizens.lastCode(jdbc, someone.mobile())));
		assertThat(expired.header("Location")).contains("error=identity.code.expired");
		assertThat(replay.getEncoded(pathOf(expired)).body().asString()).contains("已过期（有效期 5 分钟）");
		assertThat(replay.get("/my").statusCode()).isEqualTo(302);
	}

	@Test
	void registering_without_consent_to_the_real_name_check_is_refused_clearly() {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient client = new HallClient(port);
		client.get("/login");
		Response api = client.postJson("/api/v1/identity/registrations", Map.of("identityNumber", someone.idNumber(),
				"name", someone.name(), "mobile", someone.mobile(), "password", Citizens.PASSWORD));
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(api.jsonPath().getString("detail")).contains("请勾选同意实名核验");
		HallClient english = new HallClient(port, "en");
		english.get("/login");
		Response declined = english.postJson("/api/v1/identity/registrations", Map.of("identityNumber",
				someone.idNumber(), "name", someone.name(), "mobile", someone.mobile(), "password", Citizens.PASSWORD,
				"consent", false));
		assertThat(declined.statusCode()).isEqualTo(400);
		assertThat(declined.jsonPath().getString("detail")).contains("consent to the real-name check");

		client.get("/register");
		Response page = client.postForm("/register", Map.of("identityNumber", someone.idNumber(), "name",
				someone.name(), "mobile", someone.mobile(), "password", Citizens.PASSWORD));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().asString()).contains("id=\"feedback\"", "请勾选同意实名核验后再提交");
		assertThat(texts(someone.mobile())).isZero();
		assertNoAccount(someone);
	}

	@Test
	void password_reset_answers_alike_whether_or_not_number_and_mobile_belong_together() {
		Someone someone = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, someone);
		ageCodes(someone.mobile());
		Someone stranger = Citizens.unregistered(jdbc);
		for (Someone who : List.of(someone, stranger)) {
			HallClient client = new HallClient(port);
			client.get("/password-reset");
			Response first = client.postForm("/password-reset", Map.of("identityNumber", who.idNumber(), "mobile",
					who.mobile()));
			assertThat(first.statusCode()).as(who.name()).isEqualTo(302);
			assertThat(first.header("Location")).as(who.name()).contains("/password-reset?reset=");
			String reset = first.header("Location").replaceAll(".*reset=([0-9a-f-]+).*", "$1");

			Response again = client.postForm("/password-reset", Map.of("identityNumber", who.idNumber(), "mobile",
					who.mobile()));
			assertThat(again.statusCode()).as(who.name()).isEqualTo(200);
			assertThat(again.body().asString()).as(who.name()).contains("请 60 秒后再试");

			Response wrong = client.postForm("/password-reset/complete", Map.of("reset", reset, "code", "abcdef",
					"password", "AnotherPassword2028"));
			assertThat(wrong.statusCode()).as(who.name()).isEqualTo(200);
			assertThat(wrong.body().asString()).as(who.name()).contains("还可再试 4 次");
		}
		assertThat(texts(stranger.mobile())).isZero();
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'person.passwordResetRefused'"
				+ " and object_id = ?").param(stranger.mobile().substring(0, 3) + "****" + stranger.mobile().substring(7))
			.query(Long.class).single()).as("audited once: the refused repeat is stopped by the limit first")
			.isEqualTo(1);
	}

	@Test
	void a_password_reset_code_is_used_once_and_expires() {
		Someone someone = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, someone);
		ageCodes(someone.mobile());
		HallClient client = new HallClient(port);
		client.get("/password-reset");
		String reset = client.postForm("/password-reset", Map.of("identityNumber", someone.idNumber(), "mobile",
				someone.mobile())).header("Location").replaceAll(".*reset=([0-9a-f-]+).*", "$1");
		String code = Citizens.lastCode(jdbc, someone.mobile());
		assertThat(client.postForm("/password-reset/complete", Map.of("reset", reset, "code", code, "password",
				"NewPassword2027")).header("Location")).endsWith("/login?passwordReset");
		Response replayed = client.postForm("/password-reset/complete", Map.of("reset", reset, "code", code,
				"password", "ThirdPassword2029"));
		assertThat(replayed.body().asString()).contains("已使用");
		assertThat(new HallClient(port).signIn(someone.mobile(), "ThirdPassword2029").header("Location"))
			.contains("error");

		ageCodes(someone.mobile());
		String late = client.postForm("/password-reset", Map.of("identityNumber", someone.idNumber(), "mobile",
				someone.mobile())).header("Location").replaceAll(".*reset=([0-9a-f-]+).*", "$1");
		jdbc.sql("update identity_one_time_code set expires_at = now() - interval '1 second' where id = ?::uuid")
			.param(late).update();
		Response expired = client.postForm("/password-reset/complete", Map.of("reset", late, "code",
				Citizens.lastCode(jdbc, someone.mobile()), "password", "ThirdPassword2029"));
		assertThat(expired.body().asString()).contains("已过期");
		assertThat(new HallClient(port).signIn(someone.mobile(), "NewPassword2027").header("Location")).endsWith("/my");
	}

	@Test
	void sign_ins_failures_and_texted_codes_are_audited_without_the_mobile_in_clear() {
		Someone someone = Citizens.unregistered(jdbc);
		String subject = Citizens.register(new HallClient(port), jdbc, someone).jsonPath().getString("subject");
		String masked = someone.mobile().substring(0, 3) + "****" + someone.mobile().substring(7);
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_entry where action = 'person.codeSent' and object_id = ?
				  and details->>'purpose' = 'REGISTER'""").param(masked).query(Long.class).single()).isEqualTo(1);

		new HallClient(port).signIn(someone.mobile(), "wrong-password-1");
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_entry where action = 'person.signInFailed' and object_id = ?
				  and outcome = 'FAILURE' and details->>'reason' = 'wrong-password'""").param(masked)
			.query(Long.class).single()).isEqualTo(1);
		Citizens.signIn(port, someone.mobile());
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_entry where action = 'person.signedIn' and actor = ?
				  and details->>'method' = 'password'""").param(subject).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where details::text like ? or object_id = ?")
			.params("%" + someone.mobile() + "%", someone.mobile()).query(Long.class).single()).isZero();
	}

	@Test
	void the_development_texts_page_says_plainly_that_it_is_for_development_only() {
		Response page = new HallClient(port).get("/dev/sms");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().asString()).contains("id=\"development-only\"", "开发环境专用页面");
		assertThat(new HallClient(port, "en").get("/dev/sms").body().asString()).contains("Development page");
	}

	@Test
	void a_citizen_cannot_end_another_person_s_session() {
		HallClient alice = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		HallClient bob = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		String aliceHandle = alice.get("/api/v1/identity/me/sessions").jsonPath().getString("[0].id");
		assertThat(bob.request().delete("/api/v1/identity/me/sessions/" + aliceHandle).statusCode()).isEqualTo(404);
		assertThat(bob.postForm("/my/sessions/" + aliceHandle + "/end", Map.of()).statusCode()).isEqualTo(404);
		assertThat(alice.get("/my").statusCode()).isEqualTo(200);
		assertThat(bob.get("/my").statusCode()).isEqualTo(200);
	}

	private void ageCodes(String mobile) {
		jdbc.sql("update identity_one_time_code set created_at = created_at - interval '2 minutes' where mobile = ?")
			.param(mobile).update();
	}

	private long texts(String mobile) {
		return jdbc.sql("select count(*) from identity_dev_sms where mobile = ?").param(mobile).query(Long.class)
			.single();
	}

	/** The path and query of a redirect's address, as sent. */
	private static String pathOf(Response redirect) {
		java.net.URI uri = java.net.URI.create(redirect.header("Location"));
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	@Test
	void a_forgotten_password_is_reset_through_the_mobile_and_ends_every_other_session() {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient before = Citizens.signedIn(port, jdbc, someone);
		jdbc.sql("update identity_one_time_code set created_at = created_at - interval '2 minutes' where mobile = ?")
			.param(someone.mobile()).update();
		HallClient reset = new HallClient(port);
		reset.get("/password-reset");
		Response started = reset.request().contentType(ContentType.URLENC)
			.formParam("identityNumber", someone.idNumber()).formParam("mobile", someone.mobile())
			.post("/password-reset");
		String resetId = started.header("Location").replaceAll(".*reset=([0-9a-f-]+).*", "$1");
		Response done = reset.request().contentType(ContentType.URLENC).formParam("reset", resetId)
			.formParam("code", Citizens.lastCode(jdbc, someone.mobile())).formParam("password", "NewPassword2027")
			.post("/password-reset/complete");
		assertThat(done.header("Location")).endsWith("/login?passwordReset");

		assertThat(before.get("/my").statusCode()).isEqualTo(302);
		assertThat(new HallClient(port).signIn(someone.idNumber(), Citizens.PASSWORD).header("Location"))
			.contains("error");
		assertThat(new HallClient(port).signIn(someone.idNumber(), "NewPassword2027").header("Location"))
			.endsWith("/my");
	}

	@Test
	void repeated_wrong_passwords_lock_a_citizen_account() {
		Someone someone = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, someone);
		String masked = someone.mobile().substring(0, 3) + "****" + someone.mobile().substring(7);
		long locks = locksOf(masked);
		for (int i = 0; i < 3; i++) {
			new HallClient(port).signIn(someone.mobile(), "wrong-password-1");
		}
		assertThat(new HallClient(port).signIn(someone.mobile(), Citizens.PASSWORD).header("Location"))
			.endsWith("/login?error=locked");
		assertThat(locksOf(masked)).as("this account's lock, audited once").isEqualTo(locks + 1);
	}

	private long locksOf(String maskedSignInName) {
		return jdbc.sql("select count(*) from shared_audit_entry where action = 'person.locked' and object_id = ?")
			.param(maskedSignInName).query(Long.class).single();
	}

	@Test
	void a_citizen_lists_their_sessions_and_ends_another_one() {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient laptop = Citizens.signedIn(port, jdbc, someone);
		HallClient phone = Citizens.signIn(port, someone.mobile());
		phone.get("/my");
		Response sessions = laptop.get("/api/v1/identity/me/sessions");
		assertThat(sessions.jsonPath().getList("$")).hasSize(2);
		String other = sessions.jsonPath().getString("find { !it.current }.id");
		assertThat(laptop.request().delete("/api/v1/identity/me/sessions/" + other).statusCode()).isEqualTo(204);
		assertThat(phone.get("/my").statusCode()).isEqualTo(302);
		assertThat(laptop.get("/my").statusCode()).isEqualTo(200);
		assertThat(laptop.request().delete("/api/v1/identity/me/sessions/0123456789abcdef").statusCode())
			.isEqualTo(404);
	}

	@Test
	void citizens_stay_out_of_staff_pages_and_staff_out_of_the_personal_space() {
		HallClient citizen = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		assertThat(citizen.get("/workbench").header("Location")).endsWith("/my");
		assertThat(citizen.get("/api/v1/identity/clients").statusCode()).isEqualTo(403);
		assertThat(citizen.get("/api/v1/exchange/resources").statusCode()).isIn(401, 403);
		assertThat(citizen.get("/admin/organisation").statusCode()).isEqualTo(403);

		HallClient clerk = new HallClient(port).signedIn("scjg.clerk");
		assertThat(clerk.get("/api/v1/identity/me").statusCode()).isEqualTo(403);
	}

	private Response start(HallClient client, Someone someone) {
		client.get("/login");
		return client.postJson("/api/v1/identity/registrations", Map.of("identityNumber", someone.idNumber(), "name",
				someone.name(), "mobile", someone.mobile(), "password", Citizens.PASSWORD, "consent", true));
	}

	private static Response confirm(HallClient client, String registration, String code) {
		return client.postJson("/api/v1/identity/registrations/" + registration + "/confirmation",
				Map.of("code", code));
	}

	private void assertNoAccount(Someone someone) {
		assertThat(jdbc.sql("select count(*) from identity_person_account where identity_number = ?")
			.param(someone.idNumber()).query(Long.class).single()).isZero();
	}
}
