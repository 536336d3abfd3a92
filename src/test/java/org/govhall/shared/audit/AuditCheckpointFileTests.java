package org.govhall.shared.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.govhall.shared.audit.CheckpointFixtures.Chain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govhall.shared.audit.CheckpointFixtures.headOf;

/** A node's checkpoint file is only ever appended to, one whole line at a time, each checkpoint linked to the last. */
class AuditCheckpointFileTests {

	@TempDir
	Path folder;

	final CheckpointKey key = CheckpointKey.generate(AuditHashing.SM3);

	final Chain chain = new Chain();

	@Test
	void the_first_checkpoint_creates_the_folder_and_each_next_one_links_to_the_one_before() throws Exception {
		CheckpointFile file = new CheckpointFile(folder.resolve("a/b/hall-1.jsonl"));
		ChainCheckpoint first = file.append(key, headOf(chain.grow(3), key, "hall-1"));
		ChainCheckpoint second = file.append(key, headOf(chain.grow(2), key, "hall-1"));
		assertThat(first.previous()).isEqualTo(AuditEntry.GENESIS);
		assertThat(second.previous()).isEqualTo(first.link(AuditHashing.SM3));
		assertThat(second.seq()).isEqualTo(5);
		assertThat(Files.readAllLines(file.path())).containsExactly(CheckpointLine.write(first),
				CheckpointLine.write(second));
	}

	@Test
	void a_line_torn_by_a_crash_is_ended_not_rewritten_and_the_next_checkpoint_links_past_it() throws Exception {
		CheckpointFile file = new CheckpointFile(folder.resolve("hall-1.jsonl"));
		ChainCheckpoint before = file.append(key, headOf(chain.grow(1), key, "hall-1"));
		String torn = CheckpointLine.write(ChainCheckpoint.sign(key, "hall-1", 2, before.hash(), AuditHashing.SM3,
				before.at(), before.link(AuditHashing.SM3))).substring(0, 50);
		Files.writeString(file.path(), torn, StandardOpenOption.APPEND);
		byte[] untilTheCrash = Files.readAllBytes(file.path());

		ChainCheckpoint after = file.append(key, headOf(chain.grow(1), key, "hall-1"));

		byte[] now = Files.readAllBytes(file.path());
		assertThat(new String(now, 0, untilTheCrash.length, StandardCharsets.UTF_8))
			.isEqualTo(new String(untilTheCrash, StandardCharsets.UTF_8));
		assertThat(Files.readAllLines(file.path())).containsExactly(CheckpointLine.write(before), torn,
				CheckpointLine.write(after));
		assertThat(after.previous()).isEqualTo(before.link(AuditHashing.SM3));
	}

	@Test
	void a_line_the_key_did_not_sign_is_never_linked_to() throws Exception {
		CheckpointFile file = new CheckpointFile(folder.resolve("hall-1.jsonl"));
		ChainCheckpoint genuine = file.append(key, headOf(chain.grow(1), key, "hall-1"));
		ChainCheckpoint forged = new ChainCheckpoint("hall-1", 99, genuine.hash(), AuditHashing.SM3, genuine.at(),
				genuine.link(AuditHashing.SM3), key.id(), key.algorithm(), genuine.signature());
		CheckpointKey other = CheckpointKey.generate(AuditHashing.SM3);
		ChainCheckpoint foreign = ChainCheckpoint.sign(other, "hall-1", 98, genuine.hash(), AuditHashing.SM3,
				genuine.at(), genuine.link(AuditHashing.SM3));
		Files.writeString(file.path(), CheckpointLine.write(forged) + "\n" + CheckpointLine.write(foreign) + "\n",
				StandardOpenOption.APPEND);

		ChainCheckpoint next = file.append(key, headOf(chain.grow(1), key, "hall-1"));

		assertThat(next.previous()).isEqualTo(genuine.link(AuditHashing.SM3));
	}

	@Test
	void writers_sharing_one_file_take_turns_and_keep_one_unbroken_chain() throws Exception {
		Path path = folder.resolve("hall-1.jsonl");
		List<CheckpointFile> writers = List.of(new CheckpointFile(path), new CheckpointFile(path));
		chain.grow(1);
		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<ChainCheckpoint>> appends = IntStream.range(0, 40)
				.<Callable<ChainCheckpoint>>mapToObj(i -> () -> writers.get(i % 2).append(key,
						headOf(chain, key, "hall-1")))
				.toList();
			for (var f : pool.invokeAll(appends)) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		CheckpointVerifier verifier = new CheckpointVerifier(key, chain);
		verifier.check("hall-1.jsonl", () -> Files.lines(path), null);
		CheckpointVerification result = verifier.result("folder", chain.headSeq());
		assertThat(result.findings()).isEmpty();
		assertThat(result.checkpoints()).isEqualTo(40);
		assertThat(Files.readAllLines(path)).hasSize(40);
	}
}
