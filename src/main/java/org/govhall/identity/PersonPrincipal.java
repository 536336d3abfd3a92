package org.govhall.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.ProblemException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in citizen (自然人) as every module sees them. The username is the account's opaque subject, so that
 * sessions, audit entries and tokens never carry the identity number.
 */
public final class PersonPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The authority every citizen holds. */
	public static final String AUTHORITY = "ROLE_CITIZEN";

	private final long accountId;

	private final String subject;

	private final String name;

	private final AssuranceLevel assurance;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	public PersonPrincipal(long accountId, String subject, String name, AssuranceLevel assurance, boolean enabled,
			boolean locked, String passwordHash) {
		this.accountId = accountId;
		this.subject = subject;
		this.name = name;
		this.assurance = assurance;
		this.enabled = enabled;
		this.locked = locked;
		this.passwordHash = passwordHash;
	}

	/** The citizen of the current request, if a citizen is signed in. */
	public static Optional<PersonPrincipal> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof PersonPrincipal person
				? Optional.of(person) : Optional.empty();
	}

	/**
	 * The signed-in citizen, the one way to ask for one: nobody signed in is refused with 401, anyone else (staff)
	 * with 403 and "this is for citizens".
	 */
	public static PersonPrincipal signedIn() {
		return current().orElseThrow(() -> StaffMember.current().isPresent()
				? ProblemException.forbidden("identity.my.citizensOnly") : ProblemException.unauthorized());
	}

	public long accountId() {
		return accountId;
	}

	/** The opaque subject (a UUID), also the username. */
	public String subject() {
		return subject;
	}

	public String displayName() {
		return name;
	}

	/** The level at sign-in; {@code People.assurance} answers the current one. */
	public AssuranceLevel assurance() {
		return assurance;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(AUTHORITY));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return subject;
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
		return other instanceof PersonPrincipal p && p.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return "PersonPrincipal[" + subject + "]";
	}
}
