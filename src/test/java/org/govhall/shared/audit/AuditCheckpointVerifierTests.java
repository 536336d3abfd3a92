package org.govhall.shared.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govhall.shared.audit.CheckpointFixtures.Chain;
import org.govhall.shared.audit.CheckpointVerification.Finding;
import org.govhall.shared.audit.CheckpointVerification.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govhall.shared.audit.CheckpointFixtures.headOf;

/**
 * Checkpoints kept outside the database find what the chain alone cannot: its newest entries deleted. They also
 * find a rewritten entry, and any checkpoint altered, forged, removed or cut short.
 */
class AuditCheckpointVerifierTests {

	@TempDir
	Path folder;

	final CheckpointKey key = CheckpointKey.generate(AuditHashing.SM3);

	final Chain chain = new Chain();

	CheckpointFile file;

	final List<ChainCheckpoint> written = new ArrayList<>();

	@BeforeEach
	void five_checkpoints_of_a_growing_chain() throws Exception {
		file = new CheckpointFile(folder.resolve("hall-1.jsonl"));
		for (int i = 0; i < 5; i++) {
			written.add(file.append(key, headOf(chain.grow(3), key, "hall-1")));
		}
	}

	@Test
	void the_checkpoints_of_an_untouched_chain_are_intact() throws Exception {
		CheckpointVerification result = verify();
		assertThat(result.findings()).isEmpty();
		assertThat(result.intact()).isTrue();
		assertThat(result.checkpoints()).isEqualTo(5);
		assertThat(result.newest()).isEqualTo(written.get(4));
	}

	@Test
	void deleting_the_newest_entries_is_found_and_says_how_many_since_which_checkpoint() throws Exception {
		chain.deleteNewest(4);
		CheckpointVerification result = verify();
		assertThat(result.findings()).containsExactly(new Finding(Problem.TRUNCATED, "hall-1.jsonl", 5, 15, 4,
				written.get(4).at().toString()));
		assertThat(result.intact()).isFalse();
	}

	@Test
	void an_entry_a_checkpoint_names_rewritten_with_a_fresh_hash_is_found() throws Exception {
		chain.rewrite(6);
		assertThat(verify().findings()).containsExactly(new Finding(Problem.DIVERGED, "hall-1.jsonl", 2, 6, 1,
				written.get(1).at().toString()));
	}

	@Test
	void a_checkpoint_altered_in_the_file_fails_its_signature_and_nothing_else_is_blamed() throws Exception {
		List<String> lines = Files.readAllLines(file.path());
		ChainCheckpoint c = written.get(2);
		lines.set(2, CheckpointLine.write(new ChainCheckpoint(c.node(), c.seq() - 1, chain.entries.get(7).hash(),
				c.algorithm(), c.at(), c.previous(), c.key(), c.signatureAlgorithm(), c.signature())));
		Files.write(file.path(), lines);
		CheckpointVerification result = verify();
		assertThat(result.findings()).containsExactly(new Finding(Problem.BAD_SIGNATURE, "hall-1.jsonl", 3, 8, 0,
				c.at().toString()));
		assertThat(result.checkpoints()).isEqualTo(4);
	}

	@Test
	void a_forged_newest_checkpoint_is_refused_and_does_not_count_as_the_newest() throws Exception {
		ChainCheckpoint last = written.get(4);
		Files.writeString(file.path(), CheckpointLine.write(new ChainCheckpoint("hall-1", 1_000, last.hash(),
				last.algorithm(), last.at(), last.link(last.algorithm()), key.id(), key.algorithm(),
				last.signature())) + "\n", java.nio.file.StandardOpenOption.APPEND);
		CheckpointVerification result = verify();
		assertThat(result.findings()).extracting(Finding::problem).containsExactly(Problem.BAD_SIGNATURE);
		assertThat(result.newest()).isEqualTo(last);
	}

	@Test
	void a_checkpoint_removed_from_the_middle_of_the_file_breaks_the_link_of_the_next() throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(file.path()));
		lines.remove(1);
		Files.write(file.path(), lines);
		assertThat(verify().findings()).containsExactly(new Finding(Problem.BROKEN_LINK, "hall-1.jsonl", 2, 9, 0,
				written.get(2).at().toString()));
	}

	@Test
	void a_torn_last_line_is_reported_without_failing_the_verification() throws Exception {
		Files.writeString(file.path(), "{\"v\":1,\"node\":\"hall-1\",\"seq\":1",
				java.nio.file.StandardOpenOption.APPEND);
		CheckpointVerification result = verify();
		assertThat(result.findings()).containsExactly(new Finding(Problem.TORN, "hall-1.jsonl", 6, 0, 0, ""));
		assertThat(result.intact()).isTrue();
		assertThat(result.checkpoints()).isEqualTo(5);
	}

	@Test
	void checkpoints_under_another_key_are_reported_once_with_their_number() throws Exception {
		CheckpointKey other = CheckpointKey.generate(AuditHashing.SM3);
		CheckpointFile foreign = new CheckpointFile(folder.resolve("hall-2.jsonl"));
		foreign.append(other, headOf(chain, other, "hall-2"));
		foreign.append(other, headOf(chain, other, "hall-2"));
		CheckpointVerifier verifier = verifier();
		verifier.check("hall-2.jsonl", () -> Files.lines(foreign.path()), null);
		assertThat(verifier.result("folder", chain.headSeq()).findings()).containsExactly(
				new Finding(Problem.UNKNOWN_KEY, "hall-2.jsonl", 1, 15, 2, other.id()));
	}

	@Test
	void the_file_no_longer_holding_the_checkpoint_this_node_wrote_last_is_reported_as_cut() throws Exception {
		List<String> lines = Files.readAllLines(file.path());
		Files.write(file.path(), lines.subList(0, 4));
		CheckpointVerifier verifier = verifier();
		verifier.check("hall-1.jsonl", () -> Files.lines(file.path()), written.get(4));
		assertThat(verifier.result("folder", chain.headSeq()).findings()).containsExactly(
				new Finding(Problem.CUT, "hall-1.jsonl", 0, 15, 0, written.get(4).at().toString()));
	}

	@Test
	void the_checkpoints_of_two_nodes_mixed_in_one_copy_each_follow_their_own_node() throws Exception {
		CheckpointFile second = new CheckpointFile(folder.resolve("hall-2.jsonl"));
		List<String> mixed = new ArrayList<>();
		for (String line : Files.readAllLines(file.path())) {
			mixed.add("2026-11-30 INFO govhall.audit.checkpoint : audit-checkpoint " + line);
			mixed.add(CheckpointLine.write(second.append(key, headOf(chain, key, "hall-2"))));
		}
		CheckpointVerifier verifier = verifier();
		verifier.check("copy", () -> mixed.stream().map(l -> l.substring(l.indexOf("{\"v\":"))), null);
		CheckpointVerification result = verifier.result("copy", chain.headSeq());
		assertThat(result.findings()).isEmpty();
		assertThat(result.checkpoints()).isEqualTo(10);
	}

	@Test
	void an_empty_folder_beside_a_chain_with_entries_says_no_checkpoint_was_written_yet() {
		CheckpointVerification result = verifier().result("folder", chain.headSeq());
		assertThat(result.findings()).containsExactly(new Finding(Problem.NONE_YET, "folder", 0, 0, 0, ""));
		assertThat(result.intact()).isTrue();
	}

	private CheckpointVerification verify() throws Exception {
		CheckpointVerifier verifier = verifier();
		verifier.check("hall-1.jsonl", () -> Files.lines(file.path()), null);
		return verifier.result("folder", chain.headSeq());
	}

	private CheckpointVerifier verifier() {
		return new CheckpointVerifier(key, chain);
	}
}
