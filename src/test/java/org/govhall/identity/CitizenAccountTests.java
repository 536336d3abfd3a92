package org.govhall.identity;

import java.time.LocalDate;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.govhall.shared.audit.AuditQuery;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.identifiers.IdentityNumbers;
import org.govhall.support.Citizens;
import org.govhall.support.Citizens.Someone;
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
		assertThat(first.statusCode()).isEqualTo(422);
		assertThat(first.contentType()).startsWith("application/problem+json");
		assertThat(first.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:invalid-code");
		assertThat(first.jsonPath().getString("detail")).contains("还可再试 4 次");
		for (int i = 0; i < 4; i++) {
			confirm(client, registration, wrong);
		}
		Response exhausted = confirm(client, registration, right);
		assertThat(exhausted.statusCode()).isEqualTo(422);
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
		assertThat(replayed.statusCode()).isEqualTo(422);
		assertThat(replayed.jsonPath().getString("detail")).contains("已使用");

		Someone late = Citizens.unregistered(jdbc);
		String lateRegistration = start(client, late).jsonPath().getString("registration");
		jdbc.sql("update identity_one_time_code set expires_at = now() - interval '1 second' where id = ?::uuid")
			.param(lateRegistration).update();
		Response expired = confirm(client, lateRegistration, Citizens.lastCode(jdbc, late.mobile()));
		assertThat(expired.statusCode()).isEqualTo(422);
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
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:real-name-check");
		assertThat(refused.jsonPath().getString("detail")).contains("人口库中没有");
		assertNoAccount(nobody);
	}

	@Test
	void a_name_that_does_not_match_the_identity_number_is_refused_in_either_language() {
		Someone real = Citizens.unregistered(jdbc);
		Someone impostor = new Someone(real.idNumber(), real.name() + "某", real.mobile());
		Response refused = Citizens.register(new HallClient(port), jdbc, impostor);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.jsonPath().getString("detail")).contains("姓名与公民身份号码不一致");
		assertNoAccount(real);

		Someone other = Citizens.unregistered(jdbc);
		HallClient english = new HallClient(port, "en");
		english.get("/login");
		Response start = english.postJson("/api/v1/identity/registrations", Map.of("identityNumber",
				other.idNumber(), "name", "Somebody Else", "mobile", other.mobile(), "password", Citizens.PASSWORD));
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
				"name", someone.name(), "mobile", someone.mobile(), "password", Citizens.PASSWORD));
		assertThat(badNumber.statusCode()).isEqualTo(422);
		assertThat(badNumber.jsonPath().getString("detail")).contains("校验位");

		Response weak = client.postJson("/api/v1/identity/registrations", Map.of("identityNumber",
				someone.idNumber(), "name", someone.name(), "mobile", someone.mobile(), "password", "short1"));
		assertThat(weak.statusCode()).isEqualTo(422);
		assertThat(weak.jsonPath().getString("detail")).contains("至少 10 位");

		Response badMobile = client.postJson("/api/v1/identity/registrations", Map.of("identityNumber",
				someone.idNumber(), "name", someone.name(), "mobile", "12345", "password", Citizens.PASSWORD));
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
				Citizens.PASSWORD));
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
		Response unknown = new HallClient(port).request().contentType(ContentType.URLENC)
			.formParam("mobile", stranger).post("/login/code/send");
		assertThat(unknown.statusCode()).isIn(302, 403);
		assertThat(jdbc.sql("select count(*) from identity_dev_sms where mobile = ?").param(stranger)
			.query(Long.class).single()).isZero();
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
		for (int i = 0; i < 3; i++) {
			new HallClient(port).signIn(someone.mobile(), "wrong-password-1");
		}
		assertThat(new HallClient(port).signIn(someone.mobile(), Citizens.PASSWORD).header("Location"))
			.endsWith("/login?error=locked");
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'person.locked'")
			.query(Long.class).single()).isPositive();
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
				someone.name(), "mobile", someone.mobile(), "password", Citizens.PASSWORD));
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
