package org.govhall.exchange;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.support.DepartmentSystem;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway accepts an access token of the hall's OIDC provider only as a client-credentials token of the very
 * client registered with the exchange: a token a client obtained for a signed-in user is refused, even with the
 * exchange scope and a subject that names a registered client.
 */
@GovHallTest
class GatewayAccessTokenTests {

	@LocalServerPort
	int port;

	@Test
	void a_token_issued_for_a_user_never_passes_as_a_client_even_when_the_user_name_is_a_registered_client()
			throws Exception {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		String clientId = "jtw-portal-" + UUID.randomUUID().toString().substring(0, 8);
		try (DepartmentSystem portal = new DepartmentSystem("http://localhost:" + port, clientId, "openid exchange")) {
			Response registered = admin.postJson("/api/v1/identity/clients", Map.of("clientId", clientId, "name",
					"交通委业务门户", "redirectUris", List.of(portal.redirectUri()), "scopes", List.of("openid", "exchange"),
					"signsUsersIn", true, "machine", true, "requireConsent", false));
			assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
			portal.secret(registered.jsonPath().getString("clientSecret"));

			// the department may read the resource, and a client of its own is registered under the user's name
			new HallClient(port).signedIn("jtw.steward").postJson("/api/v1/exchange/grants", Map.of("resource",
					"GAJ-SFHY", "fields", List.of("name"), "purpose", "驾驶人实名核验", "legalBasis",
					"《机动车驾驶证申领和使用规定》", "validUntil", LocalDate.now().plusMonths(6).toString()));
			assertThat(admin.postJson("/api/v1/exchange/clients", Map.of("clientId", "jtw.reviewer", "department",
					"JTW", "requestsPerMinute", 100)).statusCode()).isEqualTo(204);
			assertThat(admin.postJson("/api/v1/exchange/clients", Map.of("clientId", clientId, "department", "JTW",
					"requestsPerMinute", 100)).statusCode()).isEqualTo(204);

			String userToken = tokenForUser(portal, new HallClient(port).signedIn("jtw.reviewer"));
			var claims = SignedJWT.parse(userToken).getJWTClaimsSet();
			assertThat(claims.getSubject()).isEqualTo("jtw.reviewer");
			assertThat(claims.getStringListClaim("scope")).contains("exchange");
			assertThat(gateway(userToken).statusCode()).as("a user's token").isEqualTo(401);

			String clientToken = portal.token("grant_type=client_credentials&scope=exchange").get("access_token")
				.asText();
			Response answered = gateway(clientToken);
			assertThat(answered.statusCode()).as("the client's own token " + answered.asString()).isEqualTo(200);
		}
	}

	/** Authorization code with PKCE for the signed-in user, as the client would run it. */
	private String tokenForUser(DepartmentSystem portal, HallClient user) throws Exception {
		String verifier = "verifier-" + UUID.randomUUID() + "-" + UUID.randomUUID();
		String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
				MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		String redirect = URLEncoder.encode(portal.redirectUri(), StandardCharsets.UTF_8);
		Response authorized = user.getEncoded("/oauth2/authorize?response_type=code&client_id=" + portal.clientId()
				+ "&redirect_uri=" + redirect + "&scope=openid%20exchange&state=s1&code_challenge=" + challenge
				+ "&code_challenge_method=S256");
		String location = authorized.header("Location");
		assertThat(location).as(authorized.asString()).contains("code=");
		String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
		return portal.token("grant_type=authorization_code&code=" + code + "&redirect_uri=" + redirect
				+ "&code_verifier=" + verifier).get("access_token").asText();
	}

	private Response gateway(String token) {
		return RestAssured.given().port(port).header("Authorization", "Bearer " + token)
			.contentType("application/json")
			.body(Map.of("resource", "GAJ-SFHY", "subject", new SyntheticPopulation(2026).person(306).idNumber(),
					"purpose", "驾驶人实名核验"))
			.post("/api/v1/exchange/machine/lookups");
	}
}
