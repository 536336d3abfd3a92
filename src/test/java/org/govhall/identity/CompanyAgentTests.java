package org.govhall.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.govhall.exchange.BaseRegisters;
import org.govhall.exchange.LegalPerson;
import org.govhall.support.Citizens.Someone;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.govhall.support.UnclaimedCompanies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Companies are bound by their legal representative as the legal-person register names them; agents act for a
 * company visibly and lose access the moment the authorisation is revoked or expires; nobody else can touch a
 * company's agents.
 */
@GovHallTest
class CompanyAgentTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BaseRegisters registers;

	record Bound(HallClient boss, long companyId, String creditCode, String name) {
	}

	@Test
	void the_legal_representative_binds_the_company_others_cannot() {
		LegalPerson company = UnclaimedCompanies.next(jdbc, registers);
		HallClient stranger = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		Response refused = stranger.postJson("/api/v1/identity/me/companies", Map.of("creditCode", company.creditCode()));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.jsonPath().getString("detail")).contains("法定代表人不是您");

		Bound bound = bind(company);
		List<Map<String, Object>> mine = bound.boss().get("/api/v1/identity/me/companies").jsonPath().getList("$");
		assertThat(mine).singleElement().satisfies(c -> {
			assertThat(c.get("creditCode")).isEqualTo(company.creditCode());
			assertThat(c.get("role")).isEqualTo("LEGAL_REPRESENTATIVE");
		});
		assertThat(stranger.get("/api/v1/identity/me/companies/" + bound.companyId() + "/agents").statusCode())
			.isEqualTo(403);

		Response malformed = stranger.postJson("/api/v1/identity/me/companies", Map.of("creditCode", "91310000ABC"));
		assertThat(malformed.statusCode()).isEqualTo(400);
		String absent = absentCreditCode();
		Response unknown = stranger.postJson("/api/v1/identity/me/companies", Map.of("creditCode", absent));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.jsonPath().getString("detail")).contains("法人库中没有");
	}

	@Test
	void an_agent_acts_for_the_company_visibly_until_the_authorisation_is_revoked() {
		Bound bound = bind(UnclaimedCompanies.next(jdbc, registers));
		Someone agentPerson = Citizens.unregistered(jdbc);
		HallClient agent = Citizens.signedIn(port, jdbc, agentPerson);
		Response authorised = bound.boss().postJson("/api/v1/identity/me/companies/" + bound.companyId() + "/agents",
				Map.of("identityNumber", agentPerson.idNumber(), "name", agentPerson.name(), "allServices", false,
						"serviceCodes", List.of("11310000000000000X400011000001"), "validUntil",
						LocalDate.now().plusMonths(6).toString()));
		assertThat(authorised.statusCode()).isEqualTo(201);
		long authorisation = authorised.jsonPath().getLong("id");
		String boss = bound.boss().get("/api/v1/identity/me").jsonPath().getString("subject");
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_entry where action = 'company.agentAuthorised' and object_id = ?
				  and actor = ? and acting_for = ?""").params(String.valueOf(authorisation), boss, bound.creditCode())
			.query(Long.class).single()).isEqualTo(1);

		List<Map<String, Object>> roles = agent.get("/api/v1/identity/me/companies").jsonPath().getList("$");
		assertThat(roles).singleElement().satisfies(r -> {
			assertThat(r.get("role")).isEqualTo("AGENT");
			assertThat(r.get("serviceCodes")).isEqualTo(List.of("11310000000000000X400011000001"));
		});

		Response acting = agent.postForm("/my/acting", Map.of("companyId", bound.companyId()));
		assertThat(acting.statusCode()).isEqualTo(302);
		String page = agent.get("/my").body().asString();
		assertThat(page).contains("id=\"acting-banner\"", bound.name(), "经办人");
		// the trail records the person and the company they act for
		String subject = agent.get("/api/v1/identity/me").jsonPath().getString("subject");
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_entry
				where action = 'person.actingFor' and actor = ? and acting_for = ? and object_id = ?""")
			.params(subject, bound.creditCode(), bound.creditCode()).query(Long.class).single())
			.as("this agent starting to act for this company").isEqualTo(1);

		// an agent cannot manage the company's agents
		assertThat(agent.get("/api/v1/identity/me/companies/" + bound.companyId() + "/agents").statusCode())
			.isEqualTo(403);

		Response revoked = bound.boss().request()
			.delete("/api/v1/identity/me/companies/" + bound.companyId() + "/agents/" + authorisation + "?reason=离职");
		assertThat(revoked.statusCode()).isEqualTo(204);
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_entry where action = 'company.agentRevoked' and object_id = ?
				  and actor = ? and acting_for = ? and purpose = '离职'""")
			.params(String.valueOf(authorisation), boss, bound.creditCode()).query(Long.class).single()).isEqualTo(1);
		String after = agent.get("/my").body().asString();
		assertThat(after).doesNotContain("id=\"acting-banner\"").contains("已被撤销或已到期");
		assertThat(agent.get("/api/v1/identity/me/companies").jsonPath().getList("$")).isEmpty();
		Response again = agent.request().contentType(ContentType.URLENC).formParam("companyId", bound.companyId())
			.post("/my/acting");
		assertThat(again.statusCode()).isEqualTo(403);
	}

	@Test
	void an_expired_authorisation_ends_access_and_only_verified_known_agents_can_be_authorised() {
		Bound bound = bind(UnclaimedCompanies.next(jdbc, registers));
		Someone agentPerson = Citizens.unregistered(jdbc);
		HallClient agent = Citizens.signedIn(port, jdbc, agentPerson);
		String path = "/api/v1/identity/me/companies/" + bound.companyId() + "/agents";

		Response wrongName = bound.boss().postJson(path, Map.of("identityNumber", agentPerson.idNumber(), "name",
				"别人", "allServices", true, "validUntil", LocalDate.now().plusDays(30).toString()));
		assertThat(wrongName.statusCode()).isEqualTo(400);
		Response tooLong = bound.boss().postJson(path, Map.of("identityNumber", agentPerson.idNumber(), "name",
				agentPerson.name(), "allServices", true, "validUntil", LocalDate.now().plusYears(4).toString()));
		assertThat(tooLong.jsonPath().getString("detail")).contains("3 年");
		Response nothing = bound.boss().postJson(path, Map.of("identityNumber", agentPerson.idNumber(), "name",
				agentPerson.name(), "allServices", false, "validUntil", LocalDate.now().plusDays(30).toString()));
		assertThat(nothing.statusCode()).isEqualTo(400);

		long id = bound.boss().postJson(path, Map.of("identityNumber", agentPerson.idNumber(), "name",
				agentPerson.name(), "allServices", true, "validUntil", LocalDate.now().plusDays(30).toString()))
			.jsonPath().getLong("id");
		assertThat(agent.get("/api/v1/identity/me/companies").jsonPath().getList("$")).hasSize(1);
		agent.request().contentType(ContentType.URLENC).formParam("companyId", bound.companyId()).post("/my/acting");
		assertThat(agent.get("/my").body().asString()).contains("id=\"acting-banner\"");

		jdbc.sql("update identity_agent_authorisation set valid_from = current_date - 10, valid_until = current_date - 1 where id = ?")
			.param(id).update();
		assertThat(agent.get("/my").body().asString()).doesNotContain("id=\"acting-banner\"");
		assertThat(agent.get("/api/v1/identity/me/companies").jsonPath().getList("$")).isEmpty();
		assertThat(bound.boss().get(path).jsonPath().getList("expired", Boolean.class)).containsExactly(true);

		// someone else cannot revoke the company's agents
		HallClient stranger = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		assertThat(stranger.request().delete(path + "/" + id).statusCode()).isEqualTo(403);
	}

	private Bound bind(LegalPerson company) {
		Someone boss = Citizens.of(jdbc, company.legalRepresentativeId());
		HallClient client = Citizens.signedIn(port, jdbc, boss);
		Response bound = client.postJson("/api/v1/identity/me/companies", Map.of("creditCode", company.creditCode()));
		assertThat(bound.statusCode()).as(bound.asString()).isEqualTo(200);
		return new Bound(client, bound.jsonPath().getLong("companyId"), company.creditCode(), company.name());
	}


	private String absentCreditCode() {
		for (int i = 1;; i++) {
			String code = org.govhall.shared.identifiers.CreditCodes.generate('9', '1', "310115",
					String.format("XX%06d", i));
			if (jdbc.sql("select count(*) from exchange_legal_person where credit_code = ?").param(code)
				.query(Long.class).single() == 0) {
				return code;
			}
		}
	}
}
