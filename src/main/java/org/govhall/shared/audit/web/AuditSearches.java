package org.govhall.shared.audit.web;

import org.govhall.shared.audit.AuditEvent;

/** How a search of the audit trail is itself recorded. */
final class AuditSearches {

	private AuditSearches() {
	}

	static AuditEvent searched(AuditSearchForm form, long found) {
		AuditEvent event = AuditEvent.of("audit.searched").on("audit-trail", "search")
			.because("audit review")
			.detail("found", found);
		event = withCriterion(event, "actor", form.getActor());
		event = withCriterion(event, "action", form.getAction());
		event = withCriterion(event, "objectType", form.getObjectType());
		event = withCriterion(event, "objectId", form.getObjectId());
		event = withCriterion(event, "from", form.getFrom());
		return withCriterion(event, "to", form.getTo());
	}

	private static AuditEvent withCriterion(AuditEvent event, String name, Object value) {
		return value == null || value.toString().isBlank() ? event : event.detail(name, value);
	}
}
