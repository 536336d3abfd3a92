package org.govhall.shared.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a module reports to the audit trail (审计日志): who did what to which object, why, and how it ended. The
 * actor is taken from the signed-in user unless given.
 *
 * @param action what was done, as {@code module.verb}, e.g. {@code staff.signIn}
 * @param objectType the kind of object acted on, e.g. {@code staff}
 * @param objectId the object's identifier
 * @param purpose why (required by law for every access to personal data)
 * @param outcome how it ended
 * @param details further facts, as text
 * @param actor who acted; {@code null} for the current user
 * @param actingFor on whose behalf (a company, for an agent), or {@code null}
 */
public record AuditEvent(String action, String objectType, String objectId, String purpose, AuditOutcome outcome,
		Map<String, String> details, String actor, String actingFor) {

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		outcome = outcome == null ? AuditOutcome.SUCCESS : outcome;
		details = details == null ? Map.of() : Map.copyOf(details);
	}

	public static AuditEvent of(String action) {
		return new AuditEvent(action, null, null, null, AuditOutcome.SUCCESS, Map.of(), null, null);
	}

	public AuditEvent on(String type, Object id) {
		return new AuditEvent(action, type, id == null ? null : id.toString(), purpose, outcome, details, actor,
				actingFor);
	}

	public AuditEvent because(String why) {
		return new AuditEvent(action, objectType, objectId, why, outcome, details, actor, actingFor);
	}

	public AuditEvent outcome(AuditOutcome result) {
		return new AuditEvent(action, objectType, objectId, purpose, result, details, actor, actingFor);
	}

	public AuditEvent by(String who) {
		return new AuditEvent(action, objectType, objectId, purpose, outcome, details, who, actingFor);
	}

	/**
	 * On whose behalf; without it, an entry whose actor is the signed-in person records the company the current
	 * request acts for (if any).
	 */
	public AuditEvent actingFor(String party) {
		return new AuditEvent(action, objectType, objectId, purpose, outcome, details, actor, party);
	}

	public AuditEvent detail(String key, Object value) {
		Map<String, String> more = new LinkedHashMap<>(details);
		more.put(key, String.valueOf(value));
		return new AuditEvent(action, objectType, objectId, purpose, outcome, more, actor, actingFor);
	}
}
