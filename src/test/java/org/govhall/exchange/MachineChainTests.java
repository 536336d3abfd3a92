package org.govhall.exchange;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's chain for department systems (issue 17 §9): stateless, so it never creates a session nor sets a
 * cookie; a token checked once is remembered, but not past the moment its client is disabled at the provider or
 * deactivated at the exchange; the API answers JSON only.
 */
@GovHallTest
class MachineChainTests {

	private static final String SUBJECT = new SyntheticPopulation(2026).person(306).idNumber();

	/** The secret of each client a test registered. */
	private final Map<String, String> secrets = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Test
	void a_remembered_token_is_refused_once_its_client_is_disabled_at_the_provider() throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String clientId = registered(admin, "chain-off-");
		String token = usedTwice(admin, clientId);

		Response disabled = admin.postJson("/api/v1/identity/clients/" + clientId + "/disable",
				Map.of("reason", "测试：停用"));
		assertThat(disabled.statusCode()).as(disabled.asString()).isEqualTo(200);
		assertThat(lookup(token).statusCode()).as("the remembered token of a disabled client").isEqualTo(401);
	}

	@Test
	void a_remembered_token_is_refused_once_its_system_is_deactivated_at_the_exchange() throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String clientId = registered(admin, "chain-gone-");
		String token = usedTwice(admin, clientId);

		assertThat(admin.request().delete("/api/v1/exchange/clients/" + clientId).statusCode()).isEqualTo(204);
		assertThat(lookup(token).statusCode()).as("the remembered token of a deactivated system").isEqualTo(401);
	}

	@Test
	void the_machine_chain_creates_no_session_and_sets_no_cookie() throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String token = token(admin, registered(admin, "chain-cookie-"));
		Response answered = lookup(token);
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.headers().hasHeaderWithName("Set-Cookie")).as(answered.headers().toString()).isFalse();
		assertThat(answered.header("X-Content-Type-Options")).as("security headers stay").isEqualTo("nosniff");

		Response refused = lookup("not-a-token");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().hasHeaderWithName("Set-Cookie")).as(refused.headers().toString()).isFalse();
		Response none = RestAssured.given().port(port).contentType("application/json").body("{}")
			.post("/api/v1/exchange/machine/lookups");
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().hasHeaderWithName("Set-Cookie")).isFalse();
	}

	@Test
	void the_api_answers_json_and_refuses_xml_or_yaml() throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String token = token(admin, registered(admin, "chain-xml-"));
		for (String accept : List.of("application/xml", "application/yaml")) {
			Response answered = RestAssured.given().port(port).header("Authorization", "Bearer " + token)
				.accept(accept).contentType("application/json")
				.body(Map.of("resource", "GAJ-SFHY", "subject", SUBJECT, "purpose", "驾驶人实名核验"))
				.post("/api/v1/exchange/machine/lookups");
			assertThat(answered.statusCode()).as(accept + ": " + answered.asString()).isEqualTo(406);
		}
	}

	/** A token of the client, answered twice: the second time as a token checked before. */
	private String usedTwice(HallClient admin, String clientId) {
		String token = token(admin, clientId);
		assertThat(lookup(token).statusCode()).isEqualTo(200);
		assertThat(lookup(token).statusCode()).as("the same token again, remembered").isEqualTo(200);
		return token;
	}

	/** A machine client of the transport commission, registered at the provider and the exchange. */
	private String registered(HallClient admin, String prefix) {
		String clientId = prefix + UUID.randomUUID().toString().substring(0, 8);
		Response created = admin.postJson("/api/v1/identity/clients", Map.of("clientId", clientId, "name", "测试系统",
				"scopes", List.of("exchange"), "signsUsersIn", false, "machine", true, "requireConsent", false));
		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		secrets.put(clientId, created.jsonPath().getString("clientSecret"));
		assertThat(admin.postJson("/api/v1/exchange/clients", Map.of("clientId", clientId, "department", "JTW",
				"requestsPerMinute", 1_000)).statusCode()).isEqualTo(204);
		return clientId;
	}

	private String token(HallClient admin, String clientId) {
		new HallClient(port).signedIn("jtw.steward").postJson("/api/v1/exchange/grants", Map.of("resource",
				"GAJ-SFHY", "fields", List.of("name"), "purpose", "驾驶人实名核验", "legalBasis",
				"《机动车驾驶证申领和使用规定》", "validUntil", LocalDate.now().plusMonths(6).toString()));
		String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(secrets.get(clientId), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
		Response issued = RestAssured.given().port(port).header("Authorization", "Basic " + basic)
			.contentType("application/x-www-form-urlencoded; charset=UTF-8")
			.formParam("grant_type", "client_credentials").formParam("scope", "exchange").post("/oauth2/token");
		assertThat(issued.statusCode()).as(issued.asString()).isEqualTo(200);
		return issued.jsonPath().getString("access_token");
	}

	private Response lookup(String token) {
		return RestAssured.given().port(port).header("Authorization", "Bearer " + token)
			.contentType("application/json")
			.body(Map.of("resource", "GAJ-SFHY", "subject", SUBJECT, "purpose", "驾驶人实名核验"))
			.post("/api/v1/exchange/machine/lookups");
	}
}
