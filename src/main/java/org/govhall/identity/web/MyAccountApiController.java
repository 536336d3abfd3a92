package org.govhall.identity.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.govhall.exchange.AccessRecord;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.internal.SignedInSessions;
import org.govhall.identity.internal.people.PersonAccount;
import org.govhall.identity.internal.people.PersonAccounts;
import org.govhall.identity.internal.people.WhoReadMyData;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own account over the API: the profile (numbers masked), who read my data, and the
 * devices signed in (for citizens and staff alike), each of which can be signed out.
 */
@RestController
@RequestMapping("/api/v1/identity/me")
@Tag(name = "Identity")
class MyAccountApiController {

	private final PersonAccounts people;

	private final WhoReadMyData whoReadMyData;

	private final SignedInSessions sessions;

	MyAccountApiController(PersonAccounts people, WhoReadMyData whoReadMyData, SignedInSessions sessions) {
		this.people = people;
		this.whoReadMyData = whoReadMyData;
		this.sessions = sessions;
	}

	@GetMapping
	@Operation(summary = "The signed-in person's profile (identity number masked)")
	Map<String, Object> me() {
		PersonAccount account = people.byId(PersonPrincipal.signedIn().accountId()).orElseThrow();
		return Map.of("subject", account.subject(), "name", account.name(), "identityNumber",
				account.maskedIdentityNumber(), "mobile", account.maskedMobile(), "assurance", account.assurance());
	}

	@GetMapping("/data-access")
	@Operation(summary = "Who read my data through the exchange, and why")
	AccessRecord.Page dataAccess(@RequestParam(defaultValue = "0") int page) {
		return whoReadMyData.of(PersonPrincipal.signedIn().accountId(), page);
	}

	@GetMapping("/sessions")
	@Operation(summary = "The devices signed in to my account, the current one marked")
	List<SignedInSessions.OpenSession> mySessions(Authentication authentication, HttpServletRequest request) {
		return sessions.of(authentication.getName(), request.getSession().getId()).stream()
			.map(s -> new SignedInSessions.OpenSession(s.handle(), s.started(), s.lastUsed(), s.userAgent(),
					s.address(), s.current()))
			.toList();
	}

	@DeleteMapping("/sessions/{handle}")
	@Operation(summary = "Sign one of my devices out")
	ResponseEntity<Void> endSession(Authentication authentication, @PathVariable String handle) {
		if (!sessions.end(authentication.getName(), handle)) {
			throw ProblemException.notFound("identity.session.unknown");
		}
		return ResponseEntity.noContent().build();
	}
}
