package org.govhall.identity.internal;

import java.time.Clock;
import java.util.regex.Pattern;

import org.govhall.identity.internal.people.PersonAccounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * One sign-in form for everybody: an identity number or an 11-digit mobile names a citizen's account, anything
 * else a staff member's username.
 */
@Service
class HallAccounts implements UserDetailsService {

	private static final Pattern PERSON = Pattern.compile("[0-9]{17}[0-9Xx]|1[3-9][0-9]{9}");

	private final StaffAccountDetailsService staff;

	private final PersonAccounts people;

	private final Clock clock;

	HallAccounts(StaffAccountDetailsService staff, PersonAccounts people, Clock clock) {
		this.staff = staff;
		this.people = people;
		this.clock = clock;
	}

	static boolean namesPerson(String signInName) {
		return signInName != null && PERSON.matcher(signInName.strip()).matches();
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (namesPerson(username)) {
			return people.bySignInName(username).map(a -> a.principal(clock.instant()))
				.orElseThrow(() -> new UsernameNotFoundException("No person account"));
		}
		return staff.loadUserByUsername(username);
	}
}
