package org.govhall.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator of a hall without demo data (首个管理员): created on start when
 * {@code administratorPassword} is set and no account of that name exists, in the platform department, which
 * is registered too if missing. Set the password from the secret store for the first start, then remove it.
 *
 * @param administratorUsername the account name
 * @param administratorPassword the initial password, at least 12 characters; empty: nothing is created
 * @param departmentCode the platform department's code
 * @param departmentNameZh its Chinese name
 * @param departmentNameEn its English name
 * @param departmentCreditCode its unified social credit code
 * @param divisionCode the division the hall serves
 */
@ConfigurationProperties("govhall.bootstrap")
public record BootstrapProperties(@DefaultValue("admin") String administratorUsername, String administratorPassword,
		@DefaultValue("SJJ") String departmentCode, @DefaultValue("大数据中心") String departmentNameZh,
		@DefaultValue("Big Data Centre") String departmentNameEn, String departmentCreditCode,
		@DefaultValue("310000") String divisionCode) {

	boolean requested() {
		return administratorPassword != null && !administratorPassword.isBlank();
	}
}
