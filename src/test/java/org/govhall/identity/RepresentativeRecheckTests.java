package org.govhall.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import org.govhall.exchange.BaseRegisters;
import org.govhall.exchange.LegalPerson;
import org.govhall.support.Citizens;
import org.govhall.support.Citizens.Someone;
import org.govhall.support.DepartmentSystem;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.govhall.support.UnclaimedCompanies;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A company binding is checked against the legal-person register again when somebody starts acting for the
 * company and at most once a day otherwise: when the register (changed here by SQL, as a registration
 * authority's update would) names another legal representative or no longer shows the company as active, the
 * binding ends, the agents the former representative authorised are suspended, and both see why. When an
 * agent's authorisation ends, the department systems' authorizations made while acting for the company end too.
 */
@GovHallTest
class RepresentativeRecheckTests {

	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BaseRegisters registers;

	record Bound(HallClient boss, long companyId, LegalPerson company) {
	}

	@Test
	void when_the_register_names_another_representative_starting_to_act_ends_the_binding_and_suspends_the_agents() {
		Bound bound = bind(UnclaimedCompanies.next(jdbc, registers));
		Someone agentPerson = Citizens.unregistered(jdbc);
		HallClient agent = Citizens.signedIn(port, jdbc, agentPerson);
		authorise(bound, agentPerson);
		assertThat(agent.request().contentType("application/json").body(Map.of("companyId", bound.companyId()))
			.put("/api/v1/identity/me/acting").statusCode()).as("acting while the register agrees").isEqualTo(200);
		assertThat(agent.get("/my").body().asString()).contains("id=\"acting-banner\"");

		Someone successor = Citizens.unregistered(jdbc);
		String code = bound.company().creditCode();
		try {
			jdbc.sql("update exchange_legal_person set legal_representative_id = ?, legal_representative = ? where credit_code = ?")
				.params(successor.idNumber(), successor.name(), code).update();

			Response act = bound.boss().postForm("/my/acting", Map.of("companyId", bound.companyId()));
			assertThat(act.header("Location")).endsWith("/my#companies");
			String page = bound.boss().get("/my").body().asString();
			assertThat(page).contains("法人库登记的法定代表人已不是您", "id=\"ended-roles\"", bound.company().name())
				.doesNotContain("id=\"acting-banner\"");
			assertThat(bound.boss().get("/api/v1/identity/me/companies").jsonPath().getList("$")).isEmpty();
			assertThat(bound.boss().get("/api/v1/identity/me/companies/ended").jsonPath().getString("[0].reason"))
				.isEqualTo("representative-changed");
			assertThat(bound.boss().get("/my/companies/" + bound.companyId()).statusCode()).isEqualTo(403);

			// the agent the former representative authorised: suspended, told why, no longer acting
			String agentPage = agent.get("/my").body().asString();
			assertThat(agentPage).doesNotContain("id=\"acting-banner\"").contains("已被撤销或已到期",
					"该企业的法定代表人已变更");
			assertThat(agent.get("/api/v1/identity/me/companies").jsonPath().getList("$")).isEmpty();
			assertThat(agent.request().contentType("application/json").body(Map.of("companyId", bound.companyId()))
				.put("/api/v1/identity/me/acting").statusCode()).isEqualTo(403);

			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry where action = 'company.bindingEnded' and object_id = ?
					  and details->>'reason' = 'representative-changed' and details->>'trigger' = 'acting'""")
				.param(code).query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry where action = 'company.agentSuspended'
					  and details->>'company' = ?""").param(code).query(Long.class).single()).isEqualTo(1);

			// the representative the register now names binds the company and authorises the agent again
			HallClient newBoss = Citizens.signedIn(port, jdbc, successor);
			Response rebound = newBoss.postJson("/api/v1/identity/me/companies", Map.of("creditCode", code));
			assertThat(rebound.statusCode()).as(rebound.asString()).isEqualTo(200);
			String agents = "/api/v1/identity/me/companies/" + bound.companyId() + "/agents";
			assertThat(newBoss.get(agents).jsonPath().getList("suspended", Boolean.class)).containsExactly(true);
			assertThat(newBoss.get("/my/companies/" + bound.companyId()).body().asString()).contains("已暂停");
			assertThat(newBoss.postJson(agents, Map.of("identityNumber", agentPerson.idNumber(), "name",
					agentPerson.name(), "allServices", true, "validUntil", LocalDate.now().plusDays(10).toString()))
				.statusCode()).isEqualTo(201);
			assertThat(agent.get("/api/v1/identity/me/companies").jsonPath().getList("creditCode")).containsExactly(code);
			assertThat(bound.boss().get("/my").body().asString()).as("the former representative still sees why")
				.contains("法人库登记的法定代表人已不是您");
		}
		finally {
			jdbc.sql("update exchange_legal_person set legal_representative_id = ?, legal_representative = ? where credit_code = ?")
				.params(bound.company().legalRepresentativeId(), bound.company().legalRepresentative(), code).update();
		}
	}

	@Test
	void a_binding_is_checked_at_most_once_a_day_and_ends_when_the_company_is_no_longer_active() {
		Bound bound = bind(UnclaimedCompanies.next(jdbc, registers));
		String code = bound.company().creditCode();
		try {
			jdbc.sql("update exchange_legal_person set status = '注销' where credit_code = ?").param(code).update();
			assertThat(companies(bound)).as("confirmed today: not asked again").containsExactly(code);

			age(bound);
			jdbc.sql("update exchange_legal_person set status = '存续' where credit_code = ?").param(code).update();
			assertThat(companies(bound)).containsExactly(code);
			assertThat(companies(bound)).containsExactly(code);
			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry where action = 'company.representativeConfirmed'
					  and object_id = ? and details->>'trigger' = 'daily'""").param(code).query(Long.class).single())
				.as("one check a day per binding").isEqualTo(1);

			jdbc.sql("update exchange_legal_person set status = '注销' where credit_code = ?").param(code).update();
			age(bound);
			assertThat(companies(bound)).isEmpty();
			assertThat(bound.boss().get("/my").body().asString()).contains("法人库显示该企业状态为“注销”");
			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry where action = 'company.bindingEnded' and object_id = ?
					  and details->>'reason' = 'not-active' and details->>'trigger' = 'daily'
					  and details->>'registerStatus' = '注销'""").param(code).query(Long.class).single()).isEqualTo(1);
			Response rebind = bound.boss().postJson("/api/v1/identity/me/companies", Map.of("creditCode", code));
			assertThat(rebind.statusCode()).isEqualTo(409);
		}
		finally {
			jdbc.sql("update exchange_legal_person set status = '存续' where credit_code = ?").param(code).update();
		}
	}

	@Test
	void after_revocation_a_department_systems_refresh_no_longer_yields_tokens_naming_the_company() throws Exception {
		Bound bound = bind(UnclaimedCompanies.next(jdbc, registers));
		Someone agentPerson = Citizens.unregistered(jdbc);
		HallClient agent = Citizens.signedIn(port, jdbc, agentPerson);
		long authorisation = authorise(bound, agentPerson);
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		try (DepartmentSystem acting = system(admin, "acting"); DepartmentSystem personal = system(admin, "personal")) {
			// one sign-in as a private person, then one while acting for the company
			String personalRefresh = tokens(agent, personal).get("refresh_token").asText();
			agent.postForm("/my/acting", Map.of("companyId", bound.companyId()));
			JsonNode first = tokens(agent, acting);
			String access = first.get("access_token").asText();
			assertThat(claims(access).get("company").get("credit_code").asText())
				.isEqualTo(bound.company().creditCode());
			JsonNode refreshed = acting.token("grant_type=refresh_token&refresh_token="
					+ enc(first.get("refresh_token").asText()));
			assertThat(claims(refreshed.get("access_token").asText()).get("company").get("role").asText())
				.isEqualTo("AGENT");

			assertThat(bound.boss().request()
				.delete("/api/v1/identity/me/companies/" + bound.companyId() + "/agents/" + authorisation)
				.statusCode()).isEqualTo(204);

			assertThatThrownBy(() -> acting.token("grant_type=refresh_token&refresh_token="
					+ enc(refreshed.get("refresh_token").asText())))
				.as("refresh no longer works").isInstanceOf(DepartmentSystem.TokenRefused.class);
			assertThatThrownBy(() -> acting.get(issuer() + "/userinfo", refreshed.get("access_token").asText()))
				.as("userinfo tells at once").isInstanceOfSatisfying(DepartmentSystem.TokenRefused.class,
						r -> assertThat(r.status).isEqualTo(401));
			// what the person authorised without acting for the company goes on
			assertThat(personal.token("grant_type=refresh_token&refresh_token=" + enc(personalRefresh))
				.has("access_token")).isTrue();
			String subject = agent.get("/api/v1/identity/me").jsonPath().getString("subject");
			assertThat(jdbc.sql("""
					select count(*) from shared_audit_entry where action = 'identity.actingAuthorizationsEnded'
					  and object_id = ? and details->>'company' = ?""").params(subject, bound.company().creditCode())
				.query(Long.class).single()).isEqualTo(1);
		}
	}

	private List<String> companies(Bound bound) {
		return bound.boss().get("/api/v1/identity/me/companies").jsonPath().getList("creditCode", String.class);
	}

	/** The last check is made a day and more old, as the next day's would find it. */
	private void age(Bound bound) {
		jdbc.sql("""
				update identity_company_account set verified_at = verified_at - interval '25 hours',
				    rechecked_at = rechecked_at - interval '25 hours' where id = ?""").param(bound.companyId()).update();
	}

	private long authorise(Bound bound, Someone agentPerson) {
		Response authorised = bound.boss().postJson("/api/v1/identity/me/companies/" + bound.companyId() + "/agents",
				Map.of("identityNumber", agentPerson.idNumber(), "name", agentPerson.name(), "allServices", true,
						"validUntil", LocalDate.now().plusMonths(3).toString()));
		assertThat(authorised.statusCode()).as(authorised.asString()).isEqualTo(201);
		return authorised.jsonPath().getLong("id");
	}

	private DepartmentSystem system(HallClient admin, String name) throws Exception {
		String clientId = "acting-" + name + "-" + UUID.randomUUID().toString().substring(0, 6);
		DepartmentSystem rp = new DepartmentSystem(issuer(), clientId, "openid profile company");
		rp.secret(admin.postJson("/api/v1/identity/clients", Map.of("clientId", clientId, "name", "企业服务系统",
				"redirectUris", List.of(rp.redirectUri()), "scopes", List.of("openid", "profile", "company"),
				"signsUsersIn", true, "requireConsent", false)).jsonPath().getString("clientSecret"));
		return rp;
	}

	/** Authorization code with PKCE (the RFC 7636 sample pair), run by the signed-in person's browser. */
	private JsonNode tokens(HallClient person, DepartmentSystem rp) throws Exception {
		String location = person.getEncoded("/oauth2/authorize?response_type=code&client_id=" + rp.clientId()
				+ "&redirect_uri=" + enc(rp.redirectUri()) + "&scope=openid%20profile%20company&state=s&code_challenge="
				+ CHALLENGE + "&code_challenge_method=S256").header("Location");
		assertThat(location).startsWith(rp.redirectUri() + "?code=");
		String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
		return rp.token("grant_type=authorization_code&code=" + code + "&redirect_uri=" + enc(rp.redirectUri())
				+ "&code_verifier=" + VERIFIER);
	}

	private static JsonNode claims(String jwt) throws Exception {
		return tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree(com.nimbusds.jwt.SignedJWT.parse(jwt).getPayload().toString());
	}

	private Bound bind(LegalPerson company) {
		HallClient boss = Citizens.signedIn(port, jdbc, Citizens.of(jdbc, company.legalRepresentativeId()));
		Response bound = boss.postJson("/api/v1/identity/me/companies", Map.of("creditCode", company.creditCode()));
		assertThat(bound.statusCode()).as(bound.asString()).isEqualTo(200);
		return new Bound(boss, bound.jsonPath().getLong("companyId"), company);
	}


	private String issuer() {
		return "http://localhost:" + port;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
