package org.govhall.licence;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.govhall.identity.OrganisationDirectory;
import org.govhall.licence.internal.LicenceTypeStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Licence types (证照类型): public to read (a verifier needs the names), defined and changed by administrators.
 * A type code is the defining authority's unified social credit code and three digits (GB/T 36904); a type is
 * issued by one of the hall's departments.
 */
@Service
@Validated
public class LicenceTypes {

	private final LicenceTypeStore store;

	private final OrganisationDirectory organisation;

	private final AuditTrail audit;

	private final Clock clock;

	LicenceTypes(LicenceTypeStore store, OrganisationDirectory organisation, AuditTrail audit, Clock clock) {
		this.store = store;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<LicenceType> all() {
		return store.all();
	}

	@Transactional(readOnly = true)
	public LicenceType get(String code) {
		return store.find(code).orElseThrow(() -> ProblemException.notFound("licence.type.notFound", code));
	}

	/** Defines a new type (administrators). */
	@Transactional
	public LicenceType define(@Valid LicenceType type) {
		StaffMember.withAnyRole("licence.type.role", StaffRole.ADMINISTRATOR);
		check(type);
		if (store.addAll(List.of(type), clock.instant()) == 0) {
			throw ProblemException.conflict("licence.type.exists", type.code());
		}
		audit.record(AuditEvent.of("licence.typeDefined").on("licence-type", type.code()).detail("name", type.nameZh()));
		return get(type.code());
	}

	/** Changes a type at the version read (administrators); licences issued earlier keep what they were issued with. */
	@Transactional
	public LicenceType update(@Valid LicenceType type) {
		StaffMember.withAnyRole("licence.type.role", StaffRole.ADMINISTRATOR);
		get(type.code());
		if (type.version() == null) {
			throw ProblemException.invalid("version", "licence.type.version");
		}
		check(type);
		if (!store.update(type, clock.instant())) {
			throw ProblemException.conflict("licence.type.changed", type.code());
		}
		audit.record(AuditEvent.of("licence.typeChanged").on("licence-type", type.code()).detail("name", type.nameZh()));
		return get(type.code());
	}

	private void check(LicenceType type) {
		if (!CreditCodes.check(type.code().substring(0, 18)).valid()) {
			throw ProblemException.invalid("code", "licence.type.code");
		}
		if (organisation.departmentByCode(type.issuingDepartment()).isEmpty()) {
			throw ProblemException.invalid("issuingDepartment", "licence.type.department", type.issuingDepartment());
		}
		long distinct = type.fields().stream().map(LicenceType.Field::key).distinct().count();
		if (distinct != type.fields().size()) {
			throw ProblemException.invalid("fields", "licence.type.fieldTwice");
		}
	}
}
