package org.govhall.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.ECKey;
import org.govhall.licence.HolderKind;
import org.govhall.licence.LicenceVerification;
import org.govhall.licence.Verification;
import org.govhall.licence.internal.Credentials;
import org.govhall.licence.internal.IssuerKeys;
import org.govhall.licence.internal.Issuance;
import org.govhall.licence.internal.LicenceTypeStore;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Licence verification and issuance against their raw operations, in the same run (issue 19): a bare ES256
 * signature check (the JDK's SunEC, the provider nimbus uses) against reading a credential as an offline verifier
 * does (parse, key by id, signature, issuer) and against the hall's whole verification (that, the register's status
 * and the holder's use record); issuance (identifier, signature, one row) against raw signing and single-row
 * inserts. Two threads each. Run with {@code mvn -Pbench verify -Dtest=LicenceBenchmark}; figures printed and
 * written to {@code target/benchmarks/licence.txt}.
 */
@GovHallTest
@Tag("benchmark")
class LicenceBenchmark {

	private static final int THREADS = 2;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Credentials credentials;

	@Autowired
	IssuerKeys keys;

	@Autowired
	LicenceVerification verification;

	@Autowired
	Issuance issuance;

	@Autowired
	LicenceTypeStore types;

	@Test
	void verification_and_issuance_against_raw_signatures_and_inserts() throws Exception {
		String jws = jdbc.sql("select credential from licence where type_code = '11100000MB0000000P001' limit 1")
			.query(String.class).single();
		JWSObject parsed = JWSObject.parse(jws);
		ECKey key = ECKey.parse(keys.published(parsed.getHeader().getKeyID()).orElseThrow().publicJwk());
		byte[] input = parsed.getSigningInput();
		byte[] der = com.nimbusds.jose.crypto.impl.ECDSA.transcodeSignatureToDER(parsed.getSignature().decode());
		java.security.interfaces.ECPublicKey publicKey = key.toECPublicKey();
		BooleanSupplier rawVerify = () -> {
			try {
				Signature s = Signature.getInstance("SHA256withECDSA");
				s.initVerify(publicKey);
				s.update(input);
				return s.verify(der);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		};
		BooleanSupplier offline = () -> credentials.read(jws).ok();
		BooleanSupplier online = () -> verification.verify(jws).outcome() == Verification.Outcome.VALID;
		rate(rawVerify, 2);
		rate(offline, 2);
		rate(online, 2);
		double raw = rate(rawVerify, 8);
		double read = rate(offline, 8);
		double full = rate(online, 8);

		IssuerKeys.Signing signing = keys.signing("SCJG");
		BooleanSupplier rawSign = () -> {
			try {
				return signing.signer().sign(parsed.getHeader(), input) != null;
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		};
		jdbc.sql("create table if not exists bench_licence_insert (id uuid primary key, body text)").update();
		BooleanSupplier rawInsert = () -> jdbc.sql("insert into bench_licence_insert values (?, ?)")
			.params(UUID.randomUUID(), jws).update() == 1;
		var type = types.all().stream().filter(t -> t.code().equals("11100000MB0000000P002")).findFirst().orElseThrow();
		BooleanSupplier issueOne = () -> issuance.write(List.of(new Issuance.Draft(type, HolderKind.COMPANY,
				"上海基准测试有限公司", "91310000MA1FL0A9X1", "310000", Map.of("premises", "上海市"), LocalDate.now(), null,
				null, "benchmark", "benchmark"))).size() == 1;
		rate(rawSign, 2);
		double signs = rate(rawSign, 6);
		double inserts = rate(rawInsert, 6);
		double issued = rate(issueOne, 6);
		long batchStart = System.nanoTime();
		List<Issuance.Draft> batch = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			batch.add(new Issuance.Draft(type, HolderKind.COMPANY, "上海基准测试有限公司", "91310000MA1FL0A9X1", "310000",
					Map.of("premises", "上海市"), LocalDate.now(), null, null, "benchmark", "benchmark"));
		}
		int written = issuance.write(batch).size();
		double batchRate = written / ((System.nanoTime() - batchStart) / 1e9);
		jdbc.sql("drop table bench_licence_insert").update();
		jdbc.sql("delete from licence where issued_by = 'benchmark'").update();

		String report = String.format(Locale.ROOT, """
				Licence verification (ES256, SunEC, %d threads):
				  raw signature checks          %,10.0f /s
				  credential read (offline)     %,10.0f /s   ratio %.2f (goal >= 0.60)
				  hall verification (register,  %,10.0f /s   ratio %.2f
				    status and use record)
				Licence issuance:
				  raw ES256 signatures          %,10.0f /s
				  single-row inserts            %,10.0f /s
				  licences issued one at a time %,10.0f /s   (%.2f of signing, %.2f of inserts)
				  licences issued 1,000 at once %,10.0f /s
				""", THREADS, raw, read, read / raw, full, full / raw, signs, inserts, issued, issued / signs,
				issued / inserts, batchRate);
		System.out.println(report);
		Path out = Path.of("target/benchmarks/licence.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
		assertThat(written).isEqualTo(1000);
	}

	private static double rate(BooleanSupplier operation, int seconds) throws InterruptedException {
		return Rates.perSecond(operation, seconds, THREADS);
	}
}
