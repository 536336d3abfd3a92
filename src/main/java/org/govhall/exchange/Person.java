package org.govhall.exchange;

import java.time.LocalDate;

/**
 * A record of the population register (人口库).
 *
 * @param idNumber citizen identity number (GB 11643)
 * @param name the registered name
 * @param gender MALE or FEMALE, as the identity number encodes it
 * @param birthDate as the identity number encodes it
 * @param ethnicity 民族
 * @param householdDivision division of the household registration (GB/T 2260)
 * @param householdAddress 户籍地址
 * @param maritalStatus 未婚, 已婚, 离婚 or 丧偶
 * @param socialSecurityStatus 职工参保, 居民参保, 退休 or 未参保
 * @param mobile mobile number on record
 */
public record Person(String idNumber, String name, String gender, LocalDate birthDate, String ethnicity,
		String householdDivision, String householdAddress, String maritalStatus, String socialSecurityStatus,
		String mobile) {
}
