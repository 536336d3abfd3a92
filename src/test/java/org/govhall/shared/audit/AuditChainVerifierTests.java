package org.govhall.shared.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainVerifierTests {

	@ParameterizedTest
	@ValueSource(strings = { AuditHashing.SM3, AuditHashing.SHA_256 })
	void an_untouched_chain_is_intact(String algorithm) {
		assertThat(verify(chain(5, algorithm)).intact()).isTrue();
		assertThat(verify(chain(5, algorithm)).checkedEntries()).isEqualTo(5);
	}

	@Test
	void an_altered_field_is_found_at_its_entry() {
		List<AuditEntry> entries = chain(5, AuditHashing.SM3);
		AuditEntry e = entries.get(2);
		entries.set(2, new AuditEntry(e.seq(), e.occurredAt(), "mallory", e.actingFor(), e.action(), e.objectType(),
				e.objectId(), e.purpose(), e.outcome(), e.details(), e.clientAddress(), e.algorithm(),
				e.previousHash(), e.hash()));
		AuditVerification result = verify(entries);
		assertThat(result.findings()).containsExactly(
				new AuditVerification.Finding(3, AuditVerification.Problem.ALTERED, 1));
	}

	@Test
	void an_altered_detail_is_found() {
		List<AuditEntry> entries = chain(3, AuditHashing.SHA_256);
		AuditEntry e = entries.get(0);
		entries.set(0, new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actingFor(), e.action(), e.objectType(),
				e.objectId(), e.purpose(), e.outcome(), Map.of("amount", "1"), e.clientAddress(), e.algorithm(),
				e.previousHash(), e.hash()));
		assertThat(verify(entries).findings()).extracting(AuditVerification.Finding::problem)
			.containsExactly(AuditVerification.Problem.ALTERED);
	}

	@Test
	void a_deleted_entry_leaves_a_gap_and_a_broken_link() {
		List<AuditEntry> entries = chain(5, AuditHashing.SM3);
		entries.remove(1);
		AuditVerification result = verify(entries);
		assertThat(result.findings()).containsExactly(
				new AuditVerification.Finding(2, AuditVerification.Problem.MISSING, 1),
				new AuditVerification.Finding(3, AuditVerification.Problem.BROKEN_LINK, 1));
	}

	@Test
	void an_entry_rewritten_with_a_fresh_hash_still_breaks_the_next_link() {
		List<AuditEntry> entries = chain(4, AuditHashing.SM3);
		AuditEntry e = entries.get(1);
		AuditEntry forged = new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actingFor(), "staff.nothing",
				e.objectType(), e.objectId(), e.purpose(), e.outcome(), e.details(), e.clientAddress(),
				e.algorithm(), e.previousHash(), null);
		entries.set(1, withHash(forged));
		assertThat(verify(entries).findings()).containsExactly(
				new AuditVerification.Finding(3, AuditVerification.Problem.BROKEN_LINK, 1));
	}

	@Test
	void an_unknown_algorithm_counts_as_altered() {
		List<AuditEntry> entries = chain(1, AuditHashing.SM3);
		AuditEntry e = entries.get(0);
		entries.set(0, new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actingFor(), e.action(), e.objectType(),
				e.objectId(), e.purpose(), e.outcome(), e.details(), e.clientAddress(), "MD5", e.previousHash(),
				e.hash()));
		assertThat(verify(entries).intact()).isFalse();
	}

	@Test
	void sm3_and_sha256_give_different_hashes_for_the_same_entry() {
		assertThat(chain(1, AuditHashing.SM3).get(0).hash()).isNotEqualTo(chain(1, AuditHashing.SHA_256).get(0).hash())
			.hasSize(64);
	}

	@Test
	void field_boundaries_cannot_be_shifted() {
		AuditEntry a = entry(1, "ab", "c", AuditEntry.GENESIS, AuditHashing.SM3);
		AuditEntry b = entry(1, "a", "bc", AuditEntry.GENESIS, AuditHashing.SM3);
		assertThat(a.hash()).isNotEqualTo(b.hash());
	}

	private static AuditVerification verify(List<AuditEntry> entries) {
		AuditChainVerifier verifier = new AuditChainVerifier();
		entries.forEach(verifier::accept);
		return verifier.result();
	}

	private static List<AuditEntry> chain(int length, String algorithm) {
		List<AuditEntry> entries = new ArrayList<>();
		String previous = AuditEntry.GENESIS;
		for (int i = 1; i <= length; i++) {
			AuditEntry e = entry(i, "staff" + i, "staff.signedIn", previous, algorithm);
			entries.add(e);
			previous = e.hash();
		}
		return entries;
	}

	private static AuditEntry entry(long seq, String actor, String action, String previous, String algorithm) {
		return withHash(new AuditEntry(seq, Instant.parse("2026-10-08T01:02:03.123456Z").plusSeconds(seq), actor,
				null, action, "staff", String.valueOf(seq), "test", AuditOutcome.SUCCESS, Map.of("k", "v" + seq),
				"127.0.0.1", algorithm, previous, null));
	}

	private static AuditEntry withHash(AuditEntry e) {
		return new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actingFor(), e.action(), e.objectType(),
				e.objectId(), e.purpose(), e.outcome(), e.details(), e.clientAddress(), e.algorithm(),
				e.previousHash(), AuditHashing.hash(e));
	}
}
