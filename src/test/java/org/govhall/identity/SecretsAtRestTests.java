package org.govhall.identity;

import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.govhall.identity.internal.StaffSecondFactor;
import org.govhall.identity.internal.oidc.SigningKeys;
import org.govhall.shared.crypto.SecretBox;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing keys and authenticator secrets are sealed in the database; rows written in clear before sealing
 * existed keep working and are sealed by the start-up pass.
 */
@GovHallTest
class SecretsAtRestTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SigningKeys keys;

	@Autowired
	StaffSecondFactor secondFactor;

	@Test
	void signing_keys_in_the_database_are_sealed_not_plain_json() {
		keys.activeKid();
		var rows = jdbc.sql("select jwk from identity_signing_key").query(String.class).list();
		assertThat(rows).isNotEmpty().allSatisfy(jwk -> {
			assertThat(jwk).startsWith(SecretBox.PREFIX).doesNotContain("{", "\"d\"", "\"kty\"");
		});
		assertThat(keys.publicKeys().getKeys()).isNotEmpty();
	}

	@Test
	void an_authenticator_secret_is_sealed_from_enrolment_on() {
		HallClient clerk = new HallClient(port).signedIn("mzj.clerk");
		String page = clerk.get("/account/second-factor").body().asString();
		String secret = page.replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");
		long staffId = staffId("mzj.clerk");
		String stored = jdbc.sql("select secret from identity_staff_totp where staff_account_id = ?").param(staffId)
			.query(String.class).single();
		assertThat(stored).startsWith(SecretBox.PREFIX).doesNotContain(secret);
		assertThat(secondFactor.pendingSecret(staffId)).contains(secret);
		secondFactor.reset(staffId, "测试结束");
	}

	@Test
	void a_signing_key_stored_in_clear_before_sealing_still_verifies_and_is_sealed_at_the_next_start()
			throws Exception {
		RSAKey old = new RSAKeyGenerator(2048).keyID("plain-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256).generate();
		jdbc.sql("""
				insert into identity_signing_key (kid, jwk, state, created_at, retired_at)
				values (?, ?, 'RETIRED', now() - interval '1 hour', now())""").params(old.getKeyID(), old.toJSONString())
			.update();
		assertThat(keys.verificationKey(old.getKeyID())).as("read in clear").isPresent();

		assertThat(keys.sealPlainKeys()).isGreaterThanOrEqualTo(1);
		String stored = jdbc.sql("select jwk from identity_signing_key where kid = ?").param(old.getKeyID())
			.query(String.class).single();
		assertThat(stored).startsWith(SecretBox.PREFIX).doesNotContain("\"d\"");
		assertThat(keys.publicKeys().getKeyByKeyId(old.getKeyID())).as("still published after sealing").isNotNull();
		assertThat(keys.sealPlainKeys()).as("nothing left to seal").isZero();
	}

	@Test
	void an_authenticator_secret_stored_in_clear_still_works_and_is_sealed_at_the_next_start() {
		long staffId = staffId("mzj.reviewer");
		String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
		jdbc.sql("""
				insert into identity_staff_totp (staff_account_id, secret, confirmed_at, last_used_step)
				values (?, ?, now(), 0)""").params(staffId, secret).update();
		try {
			long step = secondFactor.currentStep();
			assertThat(secondFactor.verify(staffId, "mzj.reviewer", secondFactor.codeAt(secret, step)))
				.isEqualTo(StaffSecondFactor.Verification.PASSED);
			assertThat(secondFactor.sealPlainSecrets()).isGreaterThanOrEqualTo(1);
			assertThat(jdbc.sql("select secret from identity_staff_totp where staff_account_id = ?").param(staffId)
				.query(String.class).single()).startsWith(SecretBox.PREFIX).doesNotContain(secret);
			assertThat(secondFactor.verify(staffId, "mzj.reviewer", secondFactor.codeAt(secret, step + 1)))
				.isEqualTo(StaffSecondFactor.Verification.PASSED);
		}
		finally {
			secondFactor.reset(staffId, "测试结束");
		}
	}

	private long staffId(String username) {
		return jdbc.sql("select id from identity_staff_account where username = ?").param(username)
			.query(Long.class).single();
	}
}
