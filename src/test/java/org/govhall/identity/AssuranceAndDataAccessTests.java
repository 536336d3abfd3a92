package org.govhall.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.govhall.support.Citizens;
import org.govhall.support.Citizens.Someone;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.govhall.support.UnclaimedCompanies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Levels of assurance: registered while the register cannot answer and raised at the next sign-in, raised to
 * in-person by a window clerk only. "Who read my data": a department's lookup shows in the person's own list and
 * in nobody else's.
 */
@GovHallTest
class AssuranceAndDataAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.govhall.exchange.BaseRegisters registers;

	@Test
	void without_the_register_an_account_stays_registered_until_a_later_sign_in_checks_it() {
		Someone someone = Citizens.unregistered(jdbc);
		int paused = jdbc.sql("""
				update exchange_grant set status = 'TESTPAUSE'
				where consumer_department = 'SJJ' and resource_code = 'GAJ-SFHY' and status = 'GRANTED'""").update();
		Response confirmed;
		try {
			confirmed = Citizens.register(new HallClient(port), jdbc, someone);
		}
		finally {
			jdbc.sql("update exchange_grant set status = 'GRANTED' where status = 'TESTPAUSE'").update();
		}
		assertThat(paused).isPositive();
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.jsonPath().getString("assurance")).isEqualTo("REGISTERED");

		HallClient client = Citizens.signIn(port, someone.idNumber());
		assertThat(client.get("/api/v1/identity/me").jsonPath().getString("assurance")).isEqualTo("REAL_NAME");
	}

	@Test
	void binding_a_company_authorising_agents_and_acting_for_a_company_need_a_real_name_verified_account() {
		var company = UnclaimedCompanies.next(jdbc, registers);
		String code = company.creditCode();
		// an account still at "registered" (the register could not answer when it was opened)
		Someone registeredOnly = Citizens.unregistered(jdbc);
		HallClient unverified = Citizens.signedIn(port, jdbc, registeredOnly);
		jdbc.sql("update identity_person_account set assurance_level = 'REGISTERED' where identity_number = ?")
			.param(registeredOnly.idNumber()).update();
		Response bind = unverified.postJson("/api/v1/identity/me/companies", Map.of("creditCode", code));
		assertThat(bind.statusCode()).isEqualTo(403);
		assertThat(bind.jsonPath().getString("detail")).contains("已实名核验").doesNotContain("REAL_NAME");

		HallClient boss = Citizens.signedIn(port, jdbc, Citizens.of(jdbc, company.legalRepresentativeId()));
		long companyId = boss.postJson("/api/v1/identity/me/companies", Map.of("creditCode", code)).jsonPath()
			.getLong("companyId");
		Someone agent = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, agent);
		// a level lowered afterwards (a correction of the register, say) stops authorising and acting
		jdbc.sql("update identity_person_account set assurance_level = 'REGISTERED' where identity_number = ?")
			.param(company.legalRepresentativeId()).update();
		try {
			Response authorise = boss.postJson("/api/v1/identity/me/companies/" + companyId + "/agents",
					Map.of("identityNumber", agent.idNumber(), "name", agent.name(), "allServices", true,
							"validUntil", LocalDate.now().plusDays(5).toString()));
			assertThat(authorise.statusCode()).isEqualTo(403);
			assertThat(authorise.jsonPath().getString("detail")).contains("已实名核验");
			Response act = boss.request().contentType("application/json").body(Map.of("companyId", companyId))
				.put("/api/v1/identity/me/acting");
			assertThat(act.statusCode()).isEqualTo(403);
			assertThat(act.jsonPath().getString("detail")).contains("已实名核验");
		}
		finally {
			jdbc.sql("update identity_person_account set assurance_level = 'REAL_NAME' where identity_number = ?")
				.param(company.legalRepresentativeId()).update();
		}
		assertThat(boss.postJson("/api/v1/identity/me/companies/" + companyId + "/agents", Map.of("identityNumber",
				agent.idNumber(), "name", agent.name(), "allServices", true, "validUntil",
				LocalDate.now().plusDays(5).toString())).statusCode()).isEqualTo(201);
	}

	@Test
	void only_a_window_clerk_records_an_in_person_check() {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient citizen = Citizens.signedIn(port, jdbc, someone);
		Response reviewer = new HallClient(port).signedIn("scjg.reviewer")
			.postJson("/api/v1/identity/people/in-person-checks", Map.of("identityNumber", someone.idNumber()));
		assertThat(reviewer.statusCode()).isEqualTo(403);
		Response clerk = new HallClient(port).signedIn("scjg.clerk")
			.postJson("/api/v1/identity/people/in-person-checks", Map.of("identityNumber", someone.idNumber()));
		assertThat(clerk.statusCode()).isEqualTo(200);
		assertThat(citizen.get("/api/v1/identity/me").jsonPath().getString("assurance")).isEqualTo("IN_PERSON");
		assertThat(citizen.get("/my").body().asString()).contains("已现场核验");
		assertThat(citizen.postJson("/api/v1/identity/people/in-person-checks",
				Map.of("identityNumber", someone.idNumber())).statusCode()).isEqualTo(403);
	}

	@Test
	void a_citizen_sees_who_read_their_data_and_why_and_nobody_else_does() {
		Someone reader = Citizens.unregistered(jdbc);
		Someone other = Citizens.unregistered(jdbc);
		HallClient readerClient = Citizens.signedIn(port, jdbc, reader);
		HallClient otherClient = Citizens.signedIn(port, jdbc, other);

		HallClient sww = new HallClient(port).signedIn("sww.steward");
		sww.postJson("/api/v1/exchange/grants", Map.of("resource", "GAJ-SFHY", "fields", List.of("name"), "purpose",
				"外商投资企业登记核验法定代表人", "legalBasis", "《外商投资法》第三十四条", "validUntil",
				LocalDate.now().plusMonths(6).toString()));
		Response lookup = sww.postJson("/api/v1/exchange/lookups", Map.of("resource", "GAJ-SFHY", "subject",
				reader.idNumber(), "purpose", "外资企业设立登记：核验法定代表人身份"));
		assertThat(lookup.statusCode()).isEqualTo(200);

		Response mine = readerClient.get("/api/v1/identity/me/data-access");
		assertThat(mine.jsonPath().getList("records.purpose", String.class))
			.contains("外资企业设立登记：核验法定代表人身份");
		assertThat(mine.jsonPath().getList("records.consumer", String.class)).contains("SWW");
		assertThat(readerClient.get("/my").body().asString()).contains("外资企业设立登记：核验法定代表人身份");

		assertThat(otherClient.get("/api/v1/identity/me/data-access").jsonPath().getList("records.purpose",
				String.class)).doesNotContain("外资企业设立登记：核验法定代表人身份");
		assertThat(new HallClient(port).get("/api/v1/identity/me/data-access").statusCode()).isEqualTo(401);
	}
}
