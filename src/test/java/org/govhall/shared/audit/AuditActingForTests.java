package org.govhall.shared.audit;

import org.govhall.shared.security.ActingFor;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company a signed-in person acts for is recorded beside every entry whose actor is that person, whether the
 * module named the actor or not, and never beside an entry recorded for somebody else.
 */
@GovHallTest
class AuditActingForTests {

	private static final String PERSON = "6f1c2a3e-0000-4000-8000-000000000001";

	private static final String COMPANY = "91310000MA1FL0XX1X";

	@Autowired
	AuditTrail trail;

	@BeforeEach
	void a_person_acting_for_a_company_is_signed_in() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/my/consents/x/withdraw");
		request.setAttribute(ActingFor.REQUEST_ATTRIBUTE, COMPANY);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(PERSON, null, "ROLE_CITIZEN"));
	}

	@AfterEach
	void sign_out() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void the_person_s_own_entries_carry_the_company_whether_or_not_the_actor_is_named() {
		assertThat(trail.record(AuditEvent.of("test.actingUnnamed").on("thing", 1)).actingFor()).isEqualTo(COMPANY);
		AuditEntry named = trail.record(AuditEvent.of("test.actingNamed").on("thing", 2).by(PERSON));
		assertThat(named.actor()).isEqualTo(PERSON);
		assertThat(named.actingFor()).isEqualTo(COMPANY);
	}

	@Test
	void entries_recorded_for_somebody_else_do_not_carry_it() {
		assertThat(trail.record(AuditEvent.of("test.forSomebodyElse").by("another-person")).actingFor()).isNull();
		assertThat(trail.record(AuditEvent.of("test.bySystem").by(AuditTrail.SYSTEM)).actingFor()).isNull();
		assertThat(trail.record(AuditEvent.of("test.explicit").by("another-person").actingFor("91110000X")).actingFor())
			.isEqualTo("91110000X");
	}
}
