package org.govhall.shared.audit;

/**
 * The public key that checks the hall's checkpoints, for operators to hand to whoever checks the checkpoints
 * outside the hall (ADR 0012).
 *
 * @param algorithm SM2 or Ed25519
 * @param id the key's id, as every checkpoint names it
 * @param pem the X.509 SubjectPublicKeyInfo in PEM ({@code openssl pkeyutl -verify -pubin -inkey} reads it)
 */
public record CheckpointPublicKey(String algorithm, String id, String pem) {
}
