package org.govhall.licence;

/** 证照状态: valid, suspended (暂停) or revoked (注销/撤销) by its issuer, or expired (past its last day). */
public enum LicenceStatus {
	VALID, SUSPENDED, REVOKED, EXPIRED;

	/** Message key of the status's name. */
	public String labelKey() {
		return "licence.status." + name();
	}
}
