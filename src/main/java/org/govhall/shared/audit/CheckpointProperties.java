package org.govhall.shared.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checkpoints of the audit chain kept outside the database ({@code govhall.audit.checkpoint.*}, ADR 0012).
 *
 * @param interval how often a node writes a checkpoint when the chain has grown (also at start and at shutdown)
 * @param directory the folder of the checkpoint files, one {@code <node>.jsonl} per node; empty:
 *        {@code <data-dir>/audit/checkpoints}. Point it at storage the database's owner cannot rewrite (a
 *        log-shipping folder, WORM storage)
 * @param node this node's name in its checkpoints and file name; empty: the host name
 * @param key the signing key, PKCS#8 in PEM or base64 (an SM2 or Ed25519 private key, e.g. from
 *        {@code openssl genpkey -algorithm SM2}), from the operator's secret store; empty: {@code keyFile}
 * @param keyFile where the key is kept when {@code key} is empty: a PEM file, or a key the hall generated on its
 *        first start, sealed under {@code govhall.secrets.key}; empty: {@code <data-dir>/secrets/audit-checkpoint.key}
 */
@ConfigurationProperties("govhall.audit.checkpoint")
record CheckpointProperties(@DefaultValue("1m") Duration interval, Path directory, String node, String key,
		Path keyFile) {

	@Override
	public String toString() {
		return "CheckpointProperties[interval=" + interval + ", directory=" + directory + ", node=" + node + ", key="
				+ (key == null || key.isBlank() ? "(none)" : "(set)") + ", keyFile=" + keyFile + "]";
	}
}
