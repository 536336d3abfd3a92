package org.govhall.exchange;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.govhall.exchange.internal.ClientAssertions;
import org.govhall.support.ControllableClock;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Department systems reach the gateway with signed client assertions: checked, never replayed, rate-limited. */
@GovHallTest
class MachineGatewayTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ControllableClock callClock;

	ECKey key;

	String clientId;

	@BeforeEach
	void registerClient() throws Exception {
		key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
		clientId = "whj-system-" + UUID.randomUUID().toString().substring(0, 8);
		register(clientId, "WLJ", key, 5);
		new HallClient(port).signedIn("wlj.steward").postJson("/api/v1/exchange/grants",
				Map.of("resource", "GAJ-SFHY", "fields", List.of("name"), "purpose", "旅行社导游实名核验", "legalBasis",
						"《旅行社条例》第三十一条", "validUntil", LocalDate.now().plusMonths(6).toString()));
	}

	@Test
	void a_signed_assertion_reads_the_granted_fields_for_the_clients_department() throws Exception {
		Person subject = new SyntheticPopulation(2026).person(301);
		Response response = lookup(assertion(key, clientId, ClientAssertions.AUDIENCE, 120, UUID.randomUUID().toString()),
				subject.idNumber());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.jsonPath().getMap("fields")).containsOnlyKeys("name");
		assertThat(response.jsonPath().getString("fields.name")).isEqualTo(subject.name());
		assertThat(response.header("Set-Cookie")).as("stateless").isNull();
		assertThat(jdbc.sql("select channel || ' ' || actor from exchange_access_log where subject = ? and consumer = 'WLJ'"
				+ " order by id desc limit 1").param(subject.idNumber()).query(String.class).single())
			.isEqualTo("MACHINE client:" + clientId);

		Response noPurpose = RestAssured.given().port(port).contentType("application/json")
			.header("Authorization", "Bearer " + assertion(key, clientId, ClientAssertions.AUDIENCE, 120,
					UUID.randomUUID().toString()))
			.body(Map.of("resource", "GAJ-SFHY", "subject", subject.idNumber(), "purpose", " "))
			.post("/api/v1/exchange/machine/lookups");
		assertThat(noPurpose.statusCode()).as("a department system states its purpose too").isEqualTo(400);
		assertThat(noPurpose.contentType()).startsWith("application/problem+json");
	}

	@Test
	void wrong_keys_audiences_expired_and_replayed_assertions_are_refused() throws Exception {
		String subject = new SyntheticPopulation(2026).person(302).idNumber();
		ECKey stranger = new ECKeyGenerator(Curve.P_256).generate();
		assertThat(lookup(assertion(stranger, clientId, ClientAssertions.AUDIENCE, 120, UUID.randomUUID().toString()),
				subject).statusCode()).as("signed by another key").isEqualTo(401);
		assertThat(lookup(assertion(key, clientId, "urn:elsewhere", 120, UUID.randomUUID().toString()), subject)
			.statusCode()).as("another audience").isEqualTo(401);
		assertThat(lookup(assertion(key, clientId, ClientAssertions.AUDIENCE, -10, UUID.randomUUID().toString()), subject)
			.statusCode()).as("expired").isEqualTo(401);
		assertThat(lookup(assertion(key, clientId, ClientAssertions.AUDIENCE, 3600, UUID.randomUUID().toString()), subject)
			.statusCode()).as("valid for too long").isEqualTo(401);
		String once = assertion(key, clientId, ClientAssertions.AUDIENCE, 120, UUID.randomUUID().toString());
		assertThat(lookup(once, subject).statusCode()).isEqualTo(200);
		assertThat(lookup(once, subject).statusCode()).as("replayed").isEqualTo(401);
		assertThat(RestAssured.given().port(port).contentType("application/json").body(Map.of("resource", "GAJ-SFHY",
				"subject", subject, "purpose", "x")).post("/api/v1/exchange/machine/lookups").statusCode())
			.as("no assertion").isEqualTo(401);
	}

	@Test
	void a_client_without_a_grant_is_refused_and_a_busy_client_is_slowed_down_until_the_minute_has_passed()
			throws Exception {
		String subject = new SyntheticPopulation(2026).person(303).idNumber();
		// the limit's clock stands still at ten seconds into a minute: the calls below fall in that minute
		callClock.stopAt(Instant.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(10));
		try {
			callsOfOneMinute(subject);
		}
		finally {
			callClock.run();
		}
	}

	private void callsOfOneMinute(String subject) throws Exception {
		Response noGrant = RestAssured.given().port(port).contentType("application/json")
			.header("Authorization", "Bearer " + assertion(key, clientId, ClientAssertions.AUDIENCE, 120,
					UUID.randomUUID().toString()))
			.body(Map.of("resource", "GAJ-HJXX", "subject", subject, "purpose", "核验"))
			.post("/api/v1/exchange/machine/lookups");
		assertThat(noGrant.statusCode()).isEqualTo(403);

		int ok = 0;
		int limited = 0;
		for (int i = 0; i < 8; i++) {
			int status = lookup(assertion(key, clientId, ClientAssertions.AUDIENCE, 120, UUID.randomUUID().toString()),
					subject).statusCode();
			ok += status == 200 ? 1 : 0;
			limited += status == 429 ? 1 : 0;
		}
		assertThat(ok).as("five calls a minute, one used above").isEqualTo(4);
		assertThat(limited).isEqualTo(4);

		// a minute on, the previous minute's five calls still weigh in full at its start, then less and less
		callClock.advance(Duration.ofSeconds(50));
		assertThat(lookup(fresh(), subject).statusCode()).as("at the start of the next minute").isEqualTo(429);
		// half-way through it, two and a half of them count: three more calls, not four
		callClock.advance(Duration.ofSeconds(30));
		for (int i = 0; i < 3; i++) {
			assertThat(lookup(fresh(), subject).statusCode()).as("call %d half-way through the next minute", i + 1)
				.isEqualTo(200);
		}
		assertThat(lookup(fresh(), subject).statusCode()).isEqualTo(429);
	}

	@Test
	void a_client_over_its_daily_quota_waits_for_tomorrow_on_every_node() throws Exception {
		String quotaClient = "whj-quota-" + UUID.randomUUID().toString().substring(0, 8);
		Response registered = new HallClient(port).signedIn("sjj.admin").postJson("/api/v1/exchange/clients",
				Map.of("clientId", quotaClient, "department", "WLJ", "publicKey", key.toPublicJWK().toJSONString(),
						"requestsPerMinute", 100, "dailyQuota", 2));
		assertThat(registered.statusCode()).isEqualTo(204);
		String subject = new SyntheticPopulation(2026).person(304).idNumber();
		for (int i = 0; i < 2; i++) {
			assertThat(lookup(assertion(key, quotaClient, ClientAssertions.AUDIENCE, 120, UUID.randomUUID().toString()),
					subject).statusCode()).isEqualTo(200);
		}
		Response over = lookup(assertion(key, quotaClient, ClientAssertions.AUDIENCE, 120, UUID.randomUUID().toString()),
				subject);
		assertThat(over.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(over.header("Retry-After"))).isBetween(1L, 86_401L);
		assertThat(jdbc.sql("select calls from exchange_client_usage where client_id = ?").param(quotaClient)
			.query(Integer.class).single()).isEqualTo(2);
		Response zero = new HallClient(port).signedIn("sjj.admin").postJson("/api/v1/exchange/clients",
				Map.of("clientId", quotaClient, "department", "WLJ", "publicKey", key.toPublicJWK().toJSONString(),
						"requestsPerMinute", 100, "dailyQuota", 0));
		assertThat(zero.statusCode()).isEqualTo(400);
	}

	@Test
	void only_administrators_register_clients_and_private_keys_and_unknown_departments_are_refused() throws Exception {
		Response steward = new HallClient(port).signedIn("wlj.steward").postJson("/api/v1/exchange/clients",
				Map.of("clientId", "sneaky", "department", "GAJ", "publicKey", key.toPublicJWK().toJSONString(),
						"requestsPerMinute", 10));
		assertThat(steward.statusCode()).isEqualTo(403);
		Response privateKey = new HallClient(port).signedIn("sjj.admin").postJson("/api/v1/exchange/clients",
				Map.of("clientId", "leaky", "department", "WLJ", "publicKey", key.toJSONString(), "requestsPerMinute", 10));
		assertThat(privateKey.statusCode()).isEqualTo(400);
		Response nowhere = new HallClient(port).signedIn("sjj.admin").postJson("/api/v1/exchange/clients",
				Map.of("clientId", "orphan", "department", "XYZ", "publicKey", key.toPublicJWK().toJSONString(),
						"requestsPerMinute", 10));
		assertThat(nowhere.statusCode()).isEqualTo(400);
		assertThat(nowhere.jsonPath().getString("detail")).contains("XYZ");
		assertThat(jdbc.sql("select count(*) from exchange_client where client_id = 'orphan'").query(Long.class)
			.single()).as("nothing registered").isZero();
	}

	@Test
	void a_deactivated_client_is_refused_at_once_and_a_re_registration_takes_effect_at_once() throws Exception {
		String subject = new SyntheticPopulation(2026).person(305).idNumber();
		assertThat(lookup(fresh(), subject).statusCode()).as("known, and so kept on this node").isEqualTo(200);
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		assertThat(new HallClient(port).signedIn("wlj.steward").request().delete("/api/v1/exchange/clients/" + clientId)
			.statusCode()).as("administrators only").isEqualTo(403);
		assertThat(admin.request().delete("/api/v1/exchange/clients/" + clientId).statusCode()).isEqualTo(204);
		assertThat(lookup(fresh(), subject).statusCode()).as("deactivated").isEqualTo(401);
		assertThat(admin.request().delete("/api/v1/exchange/clients/" + clientId).statusCode()).isEqualTo(404);

		register(clientId, "WLJ", key, 5);
		assertThat(lookup(fresh(), subject).statusCode()).as("registered again").isEqualTo(200);
		register(clientId, "JYW", key, 5);
		Response moved = lookup(fresh(), subject);
		assertThat(moved.statusCode()).as("now acting for a department without a grant").isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'exchange.clientDeactivated'"
				+ " and object_id = ?").param(clientId).query(Long.class).single()).isEqualTo(1);
	}

	private String fresh() throws Exception {
		return assertion(key, clientId, ClientAssertions.AUDIENCE, 120, UUID.randomUUID().toString());
	}

	private Response lookup(String assertion, String subject) {
		return RestAssured.given().port(port).contentType("application/json").header("Authorization", "Bearer " + assertion)
			.body(Map.of("resource", "GAJ-SFHY", "subject", subject, "purpose", "导游资格审核实名核验"))
			.post("/api/v1/exchange/machine/lookups");
	}

	private void register(String id, String department, ECKey key, int perMinute) {
		Response response = new HallClient(port).signedIn("sjj.admin").postJson("/api/v1/exchange/clients",
				Map.of("clientId", id, "department", department, "publicKey", key.toPublicJWK().toJSONString(),
						"requestsPerMinute", perMinute));
		assertThat(response.statusCode()).isEqualTo(204);
	}

	private static String assertion(ECKey key, String client, String audience, int seconds, String jti)
			throws Exception {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(client).subject(client).audience(audience)
			.issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(seconds))).jwtID(jti).build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
		jwt.sign(new ECDSASigner(key));
		return jwt.serialize();
	}
}
