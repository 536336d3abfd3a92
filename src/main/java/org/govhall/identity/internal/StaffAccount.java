package org.govhall.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.govhall.identity.StaffSummary;
import org.govhall.shared.security.StaffRole;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff account (工作人员账号): belongs to one department, holds roles, signs in with a password hashed by a
 * memory-hard algorithm. Failed sign-ins are counted by {@link SignInRecords} in single statements, so that
 * concurrent attempts can never undercount.
 */
@Table("identity_staff_account")
public class StaffAccount {

	@Id
	private Long id;

	private String username;

	private String displayName;

	private Long departmentId;

	private String passwordHash;

	private boolean enabled;

	private int failedSignInAttempts;

	private Instant lockedUntil;

	private Instant lastSignedInAt;

	private Instant createdAt;

	@Version
	private Long version;

	@MappedCollection(idColumn = "staff_account_id")
	private Set<RoleAssignment> roles;

	StaffAccount() {
	}

	public StaffAccount(String username, String displayName, long departmentId, String passwordHash,
			Set<StaffRole> roles, Instant createdAt) {
		this.username = username.toLowerCase(Locale.ROOT);
		this.displayName = displayName;
		this.departmentId = departmentId;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.roles = roles.stream().map(RoleAssignment::new).collect(Collectors.toSet());
		this.createdAt = createdAt;
	}

	public Long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public long departmentId() {
		return departmentId;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public boolean enabled() {
		return enabled;
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public Set<StaffRole> roles() {
		Set<StaffRole> held = EnumSet.noneOf(StaffRole.class);
		roles.forEach(r -> held.add(r.role()));
		return held;
	}

	public StaffSummary summary() {
		return new StaffSummary(id, username, displayName, departmentId, roles(), enabled, lockedUntil,
				lastSignedInAt);
	}
}
