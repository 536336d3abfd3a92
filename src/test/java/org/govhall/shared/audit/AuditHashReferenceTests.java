package org.govhall.shared.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain's hashing pinned to values from outside the hall, so that a change of digest or of encoding,
 * which would break every chain already stored, cannot pass unnoticed: SM3 against the examples of GB/T
 * 32905-2016 (appendix A), and the chain hash of one fixed entry as an independent tool computes it. The expected
 * entry hashes were computed with Python's {@code hashlib} (OpenSSL's SM3 and SHA-256), from the encoding written
 * out by hand below, not by the hall's code:
 *
 * <pre>
 * python3 -c "import hashlib; e = '1:1|27:2026-01-02T03:04:05.123456Z|10:scjg.clerk|-1:|14:staff.signedIn|5:staff|'
 *   '2:42|-1:|7:SUCCESS|1:2|1:a|1:一|1:b|1:2|9:127.0.0.1|3:SM3|';
 *   print(hashlib.new('sm3', ('0' * 64 + '\n' + e).encode('utf-8')).hexdigest())"
 * </pre>
 * (and likewise with {@code 7:SHA-256|} as the last field and {@code 'sha256'}).
 */
class AuditHashReferenceTests {

	/** The first entry of a chain: no acting-for and no purpose (encoded as {@code -1:}), details out of order. */
	private static AuditEntry fixedEntry(String algorithm) {
		return new AuditEntry(1, Instant.parse("2026-01-02T03:04:05.123456Z"), "scjg.clerk", null, "staff.signedIn",
				"staff", "42", null, AuditOutcome.SUCCESS, Map.of("b", "2", "a", "一"), "127.0.0.1", algorithm,
				AuditEntry.GENESIS, null);
	}

	@Test
	void sm3_of_abc_is_the_first_example_of_gb_t_32905() {
		assertThat(sm3("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void sm3_of_sixty_four_bytes_is_the_second_example_of_gb_t_32905() {
		assertThat(sm3("abcd".repeat(16)))
			.isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
	}

	@Test
	void an_entry_is_encoded_field_by_field_each_with_its_length_and_the_details_sorted_by_key() {
		assertThat(AuditHashing.encode(fixedEntry(AuditHashing.SM3))).isEqualTo("1:1|27:2026-01-02T03:04:05.123456Z|"
				+ "10:scjg.clerk|-1:|14:staff.signedIn|5:staff|2:42|-1:|7:SUCCESS|1:2|1:a|1:一|1:b|1:2|9:127.0.0.1|3:SM3|");
	}

	@ParameterizedTest
	@CsvSource({ "SM3, 9bd48c8138c267e42036ca0a3102c756bc986e96b07269cf64b49517c3bedcec",
			"SHA-256, 6af641578c10fe28f2a4b15766d4fd8b2ffd7c3d0b3c17bdc4b374e369847eba" })
	void the_chain_hash_of_a_fixed_entry_is_the_one_an_independent_tool_computes(String algorithm, String expected) {
		assertThat(AuditHashing.hash(fixedEntry(algorithm))).isEqualTo(expected);
	}

	private static String sm3(String message) {
		return HexFormat.of()
			.formatHex(AuditHashing.digest(AuditHashing.SM3, message.getBytes(StandardCharsets.US_ASCII)));
	}
}
