package org.govhall.licence;

/**
 * Event: a licence was suspended, reinstated or revoked by its issuer.
 *
 * @param identifier 电子证照标识
 * @param typeCode 证照类型代码
 * @param holderCode the holder's identity number or credit code
 * @param status the status now
 * @param reason why
 */
public record LicenceStatusChanged(String identifier, String typeCode, String holderCode, LicenceStatus status,
		String reason) {
}
