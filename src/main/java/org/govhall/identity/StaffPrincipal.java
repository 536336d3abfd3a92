package org.govhall.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member as every module sees them: who they are, which department they act for and which
 * roles they hold. Modules use the department to confine staff to their own department's objects.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, StaffMember {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long staffId;

	private final String username;

	private final String displayName;

	private final long departmentId;

	private final String departmentCode;

	private final Set<StaffRole> roles;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	public StaffPrincipal(long staffId, String username, String displayName, long departmentId,
			String departmentCode, Set<StaffRole> roles, boolean enabled, boolean locked, String passwordHash) {
		this.staffId = staffId;
		this.username = username;
		this.displayName = displayName;
		this.departmentId = departmentId;
		this.departmentCode = departmentCode;
		this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		this.enabled = enabled;
		this.locked = locked;
		this.passwordHash = passwordHash;
	}

	public long staffId() {
		return staffId;
	}

	public String displayName() {
		return displayName;
	}

	public long departmentId() {
		return departmentId;
	}

	public String departmentCode() {
		return departmentCode;
	}

	@Override
	public Set<StaffRole> roles() {
		return roles;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toSet());
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal p && p.staffId == staffId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(staffId);
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + username + "@" + departmentCode + "]";
	}
}
