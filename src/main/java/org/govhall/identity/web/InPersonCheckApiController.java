package org.govhall.identity.web;

import java.time.Clock;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.internal.people.PersonAccount;
import org.govhall.identity.internal.people.PersonAccounts;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.web.ProblemException;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;
import static org.govhall.shared.security.StaffRole.WINDOW_CLERK;

/** A window clerk records that a person was checked in person (现场核验), raising the account to IN_PERSON. */
@RestController
@Tag(name = "Identity")
class InPersonCheckApiController {

	private final PersonAccounts people;

	private final AuditTrail audit;

	private final Clock clock;

	InPersonCheckApiController(PersonAccounts people, AuditTrail audit, Clock clock) {
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whom the clerk checked. */
	record InPersonCheck(@NotBlank @Size(max = 18) String identityNumber) {
	}

	@PostMapping("/api/v1/identity/people/in-person-checks")
	@StaffOnly(value = { WINDOW_CLERK, ADMINISTRATOR }, refusal = "identity.inPerson.role")
	@Operation(summary = "A window clerk records that a person was checked in person (level IN_PERSON)")
	Map<String, Object> inPerson(@Valid @RequestBody InPersonCheck check) {
		StaffMember staff = StaffMember.signedIn();
		PersonAccount account = people.byIdentityNumber(check.identityNumber())
			.orElseThrow(() -> ProblemException.notFound("identity.person.unknown"));
		people.raiseAssurance(account.id(), AssuranceLevel.IN_PERSON, clock.instant(), staff.getUsername());
		audit.record(AuditEvent.of("person.inPersonChecked").on("person", account.subject())
			.detail("department", staff.departmentCode()));
		return Map.of("subject", account.subject(), "assurance", AssuranceLevel.IN_PERSON);
	}
}
