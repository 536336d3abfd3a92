/**
 * Secrets at rest (静态数据加密): {@link org.govhall.shared.crypto.SecretBox} seals the secrets modules keep in the
 * database with AES-256-GCM under the hall's key-encryption key ({@code govhall.secrets.key}).
 */
package org.govhall.shared.crypto;
