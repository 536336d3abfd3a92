package org.govhall.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.restassured.response.Response;
import org.assertj.core.api.SoftAssertions;
import org.govhall.support.Caller;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The exchange's API, endpoint by endpoint and caller by caller: nobody signed in gets 401, a citizen 403, another
 * department's data steward 403, the department the call belongs to 2xx. A request is decided by its provider
 * alone (not by the department that asked), a grant revoked by its provider alone, the access log read by
 * supervisors. A refused call leaves the grant as it was, and a citizen's malformed body is refused for who is
 * asking (403), never for the body.
 */
@GovHallTest
class DataSharingAccessTests {

	static final Caller NOBODY = Caller.anonymous();

	static final Caller CITIZEN = Caller.citizen();

	static final Caller OTHER_STEWARD = Caller.staff("another department's data steward", "rsj.steward");

	/** The consumer of every grant below: the planning and resources bureau, which no other test uses. */
	static final Caller CONSUMER = Caller.staff("the consumer's data steward", "ghzy.steward");

	static final Caller GAJ = Caller.staff("the provider's data steward (public security)", "gaj.steward");

	static final Caller SCJG = Caller.staff("the provider's data steward (market regulation)", "scjg.steward");

	static final Caller SUPERVISOR = Caller.staff("a supervisor", "dcb.supervisor1");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** What a call needs: nothing, a request waiting for its provider, or a grant in force. */
	enum Needs {
		NOTHING, REQUEST_TO_GAJ, GRANT_OF_SCJG
	}

	interface Call {

		Response by(HallClient client, Long grant);
	}

	record Endpoint(String name, Needs needs, Call call) {

		@Override
		public String toString() {
			return name;
		}
	}

	static final Endpoint GRANTS = new Endpoint("GET /grants?department=GHZY", Needs.NOTHING,
			(client, grant) -> client.get("/api/v1/exchange/grants?department=GHZY"));

	static final Endpoint DECIDE = new Endpoint("POST /grants/{id}/decision (a request to GAJ)", Needs.REQUEST_TO_GAJ,
			(client, grant) -> client.postJson("/api/v1/exchange/grants/" + grant + "/decision",
					Map.of("decision", "GRANT", "fields", List.of("name"))));

	static final Endpoint REVOKE = new Endpoint("POST /grants/{id}/revocation (a grant of SCJG)", Needs.GRANT_OF_SCJG,
			(client, grant) -> client.postJson("/api/v1/exchange/grants/" + grant + "/revocation",
					Map.of("reason", "权限矩阵测试")));

	static final Endpoint ACCESS_LOG = new Endpoint("POST /access-log", Needs.NOTHING,
			(client, grant) -> client.postJson("/api/v1/exchange/access-log",
					Map.of("subject", "110101199003070000", "page", 0)));

	static Stream<Arguments> everyEndpointAndCaller() {
		return Stream.of(
				arguments(GRANTS, NOBODY, 401), arguments(GRANTS, CITIZEN, 403), arguments(GRANTS, OTHER_STEWARD, 403),
				arguments(GRANTS, CONSUMER, 200),
				arguments(DECIDE, NOBODY, 401), arguments(DECIDE, CITIZEN, 403), arguments(DECIDE, OTHER_STEWARD, 403),
				arguments(DECIDE, CONSUMER, 403), arguments(DECIDE, GAJ, 200),
				arguments(REVOKE, NOBODY, 401), arguments(REVOKE, CITIZEN, 403), arguments(REVOKE, OTHER_STEWARD, 403),
				arguments(REVOKE, CONSUMER, 403), arguments(REVOKE, SCJG, 200),
				arguments(ACCESS_LOG, NOBODY, 401), arguments(ACCESS_LOG, CITIZEN, 403),
				arguments(ACCESS_LOG, OTHER_STEWARD, 403), arguments(ACCESS_LOG, SUPERVISOR, 200));
	}

	@ParameterizedTest(name = "{0} by {1}: {2}")
	@MethodSource("everyEndpointAndCaller")
	void each_endpoint_answers_each_caller_as_the_callers_role_and_department_allow(Endpoint endpoint, Caller caller,
			int status) {
		Long grant = grant(endpoint.needs());
		String before = grant == null ? null : statusOf(grant);
		Response answer = endpoint.call().by(caller.client(port), grant);
		assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
		if (status >= 400) {
			assertThat(answer.contentType()).startsWith("application/problem+json");
			if (grant != null) {
				assertThat(statusOf(grant)).as("a refused call changes nothing").isEqualTo(before);
			}
		}
	}

	@Test
	void a_citizen_with_a_malformed_or_invalid_body_is_refused_for_who_they_are_not_for_the_body() {
		SoftAssertions soft = new SoftAssertions();
		HallClient citizen = CITIZEN.client(port);
		long request = grant(Needs.REQUEST_TO_GAJ);
		Response malformed = citizen.request().contentType("application/json").body("{\"decision\": ")
			.post("/api/v1/exchange/grants/" + request + "/decision");
		soft.assertThat(malformed.statusCode()).as(malformed.asString()).isEqualTo(403);
		Response invalid = citizen.postJson("/api/v1/exchange/grants", Map.of("resource", " "));
		soft.assertThat(invalid.statusCode()).as(invalid.asString()).isEqualTo(403);
		Response lookup = citizen.postJson("/api/v1/exchange/lookups", Map.of("purpose", " "));
		soft.assertThat(lookup.statusCode()).as(lookup.asString()).isEqualTo(403);
		assertThat(statusOf(request)).isEqualTo("REQUESTED");
		soft.assertAll();
	}

	/** A fresh request or grant for the call, asked for by the consumer. */
	private Long grant(Needs needs) {
		if (needs == Needs.NOTHING) {
			return null;
		}
		String resource = needs == Needs.REQUEST_TO_GAJ ? "GAJ-HJXX" : "SCJG-QYDJ";
		Response asked = CONSUMER.client(port).postJson("/api/v1/exchange/grants", Map.of("resource", resource,
				"fields", List.of("name"), "purpose", "国土空间规划许可核验申请人", "legalBasis", "《土地管理法》第四十四条",
				"validUntil", LocalDate.now().plusMonths(6).toString()));
		assertThat(asked.statusCode()).as(asked.asString()).isEqualTo(201);
		assertThat(asked.jsonPath().getString("status"))
			.isEqualTo(needs == Needs.REQUEST_TO_GAJ ? "REQUESTED" : "GRANTED");
		return asked.jsonPath().getLong("id");
	}

	private String statusOf(long grant) {
		return jdbc.sql("select status from exchange_grant where id = ?").param(grant).query(String.class).single();
	}
}
