package org.govhall.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.govhall.identity.internal.Department;
import org.govhall.identity.internal.Departments;
import org.govhall.identity.internal.StaffAccount;
import org.govhall.identity.internal.StaffAccounts;
import org.govhall.identity.internal.StaffMobiles;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The organisation (组织机构): departments and their staff. Every change is audited in the same transaction.
 */
@Service
@Validated
public class OrganisationDirectory {

	private final Departments departments;

	private final StaffAccounts staff;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final StaffMobiles mobiles;

	OrganisationDirectory(Departments departments, StaffAccounts staff, PasswordEncoder passwords, AuditTrail audit,
			Clock clock, StaffMobiles mobiles) {
		this.mobiles = mobiles;
		this.departments = departments;
		this.staff = staff;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DepartmentSummary> departments() {
		return departments.findAllByOrderByCode().stream().map(Department::summary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<DepartmentSummary> department(long id) {
		return departments.findById(id).map(Department::summary);
	}

	@Transactional(readOnly = true)
	public Optional<DepartmentSummary> departmentByCode(String code) {
		return departments.findByCode(code).map(Department::summary);
	}

	/**
	 * Texts every enabled staff member holding {@code role} — in the department with this code, or with
	 * {@code departmentCode} null in every department — who has a mobile on their account; answers how many.
	 */
	public int textStaffWithRole(String departmentCode, StaffRole role, String text) {
		return mobiles.text(departmentCode, role, text);
	}

	@Transactional(readOnly = true)
	public List<StaffSummary> staffOf(long departmentId) {
		return staff.findByDepartmentIdOrderByUsername(departmentId).stream().map(StaffAccount::summary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<StaffSummary> staffMember(long staffId) {
		return staff.findById(staffId).map(StaffAccount::summary);
	}

	@Transactional
	public DepartmentSummary registerDepartment(@Valid NewDepartment command) {
		if (departments.findByCode(command.code()).isPresent()) {
			throw ProblemException.conflict("identity.department.exists", command.code());
		}
		Department saved = departments.save(new Department(command.code(), command.nameZh(), command.nameEn(),
				command.creditCode(), command.divisionCode(), clock.instant()));
		audit.record(AuditEvent.of("department.registered").on("department", saved.id())
			.detail("code", command.code())
			.detail("creditCode", command.creditCode()));
		return saved.summary();
	}

	@Transactional
	public StaffSummary openAccount(@Valid NewStaffAccount command) {
		Department department = departments.findByCode(command.departmentCode())
			.orElseThrow(() -> ProblemException.notFound("identity.department.unknown", command.departmentCode()));
		if (staff.existsByUsername(command.username())) {
			throw ProblemException.conflict("identity.staff.exists", command.username());
		}
		StaffAccount saved = staff.save(new StaffAccount(command.username(), command.displayName(), department.id(),
				passwords.encode(command.password()), command.roles(), clock.instant()));
		audit.record(AuditEvent.of("staff.accountOpened").on("staff", saved.id())
			.detail("username", saved.username())
			.detail("department", department.code())
			.detail("roles", command.roles().toString()));
		return saved.summary();
	}
}
