package org.govhall.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.govhall.identity.NewStaffAccount;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.identity.StaffSummary;
import org.govhall.identity.internal.StaffSecondFactor.Verification;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.crypto.SecretBox;
import org.govhall.shared.security.StaffRole;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff second factor pinned to RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" (Base32
 * {@value #RFC_SECRET}, as authenticator apps take it), 30-second steps, and the RFC's eight-digit values cut to the
 * hall's six (the last six digits: dynamic truncation modulo 10^6). Checked through the code the hall verifies with,
 * and once end to end: enrolment and sign-in codes on a clock stopped at one of the RFC's times.
 */
@GovHallTest
class StaffSecondFactorReferenceTests {

	static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	SignInPolicy policy;

	@Autowired
	SecretBox box;

	@ParameterizedTest(name = "at {0} s the code is {1}, the last six digits of the RFC''s {2}")
	@CsvSource({ "59, 287082, 94287082", "1111111109, 081804, 07081804", "1111111111, 050471, 14050471",
			"1234567890, 005924, 89005924", "2000000000, 279037, 69279037", "20000000000, 353130, 65353130" })
	void the_codes_are_the_rfc_6238_sha1_test_vectors(long time, String code, String rfcEightDigits) {
		assertThat(rfcEightDigits).endsWith(code);
		assertThat(secondFactor.codeAt(RFC_SECRET, time / 30)).isEqualTo(code);
	}

	@Test
	void at_an_rfc_time_the_rfc_codes_enrol_and_sign_in_once_each_and_a_code_of_another_time_is_refused() {
		StaffSummary staff = directory.openAccount(new NewStaffAccount("totp." + UUID.randomUUID().toString()
			.substring(0, 8), "动态码参考值测试员", "MZJ", Set.of(StaffRole.WINDOW_CLERK), "Reference-vector-1"));
		StaffSecondFactor atRfcTime = new StaffSecondFactor(jdbc, audit,
				Clock.fixed(Instant.ofEpochSecond(1_111_111_111L), ZoneOffset.UTC), policy, box);
		atRfcTime.beginEnrolment(staff.id());
		jdbc.sql("update identity_staff_totp set secret = ? where staff_account_id = ?").params(RFC_SECRET, staff.id())
			.update();

		// the step before the current one (1111111109 s) is accepted, once
		assertThat(atRfcTime.confirm(staff.id(), staff.username(), "081804")).isTrue();
		assertThat(atRfcTime.verify(staff.id(), staff.username(), "081804")).isEqualTo(Verification.WRONG);
		assertThat(atRfcTime.verify(staff.id(), staff.username(), "050471")).isEqualTo(Verification.PASSED);
		assertThat(atRfcTime.verify(staff.id(), staff.username(), "050471")).as("replayed")
			.isEqualTo(Verification.WRONG);
		assertThat(atRfcTime.verify(staff.id(), staff.username(), "287082")).as("the code of 59 s")
			.isEqualTo(Verification.WRONG);
	}
}
