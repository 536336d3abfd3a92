package org.govhall.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A record of the legal-person register (法人库).
 *
 * @param creditCode unified social credit code (GB 32100)
 * @param name registered name
 * @param type 有限责任公司, 股份有限公司, 个人独资企业 …
 * @param legalRepresentativeId identity number of the legal representative (in the population register)
 * @param legalRepresentative the legal representative's name
 * @param registeredCapital 注册资本 in yuan
 * @param establishedOn 成立日期
 * @param divisionCode division of the registered address
 * @param address 住所
 * @param businessScope 经营范围
 * @param status 存续, 注销 or 吊销
 */
public record LegalPerson(String creditCode, String name, String type, String legalRepresentativeId,
		String legalRepresentative, BigDecimal registeredCapital, LocalDate establishedOn, String divisionCode,
		String address, String businessScope, String status) {
}
