package org.govhall.identity.internal;

import java.time.Clock;
import java.util.Locale;

import org.govhall.identity.StaffPrincipal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a staff account for sign-in (through {@link HallAccounts}), with its department and whether it is locked right now. */
@Service
public class StaffAccountDetailsService {

	private final StaffAccounts accounts;

	private final Departments departments;

	private final Clock clock;

	StaffAccountDetailsService(StaffAccounts accounts, Departments departments, Clock clock) {
		this.accounts = accounts;
		this.departments = departments;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
		Department department = departments.findById(account.departmentId()).orElseThrow();
		return new StaffPrincipal(account.id(), account.username(), account.displayName(), department.id(),
				department.code(), account.roles(), account.enabled(), account.lockedAt(clock.instant()),
				account.passwordHash());
	}
}
