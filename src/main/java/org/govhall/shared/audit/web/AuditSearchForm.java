package org.govhall.shared.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.govhall.shared.audit.AuditQuery;

import org.springframework.format.annotation.DateTimeFormat;

/** The criteria of an audit search as a person or client enters them; dates are whole days in the hall's zone. */
class AuditSearchForm {

	@Size(max = 200)
	private String actor;

	@Size(max = 100)
	private String action;

	@Size(max = 100)
	private String objectType;

	@Size(max = 200)
	private String objectId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	@Min(0)
	private int page;

	@Min(1)
	@Max(AuditQuery.MAX_SIZE)
	private int size = 50;

	AuditQuery toQuery(ZoneId zone) {
		return new AuditQuery(actor, action, objectType, objectId,
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), page, size);
	}

	public String getActor() { return actor; }
	public void setActor(String actor) { this.actor = actor; }
	public String getAction() { return action; }
	public void setAction(String action) { this.action = action; }
	public String getObjectType() { return objectType; }
	public void setObjectType(String objectType) { this.objectType = objectType; }
	public String getObjectId() { return objectId; }
	public void setObjectId(String objectId) { this.objectId = objectId; }
	public LocalDate getFrom() { return from; }
	public void setFrom(LocalDate from) { this.from = from; }
	public LocalDate getTo() { return to; }
	public void setTo(LocalDate to) { this.to = to; }
	public int getPage() { return page; }
	public void setPage(int page) { this.page = page; }
	public int getSize() { return size; }
	public void setSize(int size) { this.size = size; }
}
