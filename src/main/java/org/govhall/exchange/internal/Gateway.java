package org.govhall.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.govhall.exchange.AccessGrant;
import org.govhall.exchange.AccessRecord;
import org.govhall.exchange.DataResource;
import org.govhall.exchange.DataSharing.Change;
import org.govhall.exchange.DataSharing.Changes;
import org.govhall.exchange.DataSharing.Lookup;
import org.govhall.shared.security.ActingFor;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The governed gateway's reads: lookups by subject key and the change feed, each under the consumer's grant and
 * for a stated purpose, answering only granted fields, masked as granted, and each written to the access log with
 * consumer, purpose, subject and fields.
 */
@Component
public class Gateway {

	private static final Pattern CURSOR = Pattern.compile("(\\d{1,20})-(\\d{1,19})");

	private final ResourceStore resources;

	private final ActiveGrants grants;

	private final GovernedLookups lookups;

	private final AccessLog log;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ExchangeProperties properties;

	private final CallsPerMinute staffCalls = new CallsPerMinute();

	Gateway(ResourceStore resources, ActiveGrants grants, GovernedLookups lookups, AccessLog log, JdbcClient jdbc,
			Clock clock, ExchangeProperties properties) {
		this.properties = properties;
		this.resources = resources;
		this.grants = grants;
		this.lookups = lookups;
		this.log = log;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Who is reading in the current request: the staff member's or department system's department. */
	public AccessContext caller(StaffMember staff) {
		String channel = staff instanceof MachineClient ? "MACHINE" : "STAFF";
		return new AccessContext(staff.departmentCode(), staff.getUsername(), ActingFor.current().orElse(null),
				channel, clientAddress(), clock.instant());
	}

	/** A platform service reading for a department (identity's real-name check, for example). */
	public AccessContext service(String consumer, String service) {
		return new AccessContext(consumer, service, null, "SERVICE", clientAddress(), clock.instant());
	}

	public Lookup lookup(AccessContext who, String resourceCode, String rawSubject, String purpose) {
		requirePurpose(purpose);
		if ("STAFF".equals(who.channel())
				&& !staffCalls.admit(who.actor(), properties.staffLookupsPerMinute(), who.at())) {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
					&& attributes.getResponse() != null) {
				attributes.getResponse().setHeader("Retry-After", "60");
			}
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "exchange.lookup.tooMany",
					properties.staffLookupsPerMinute());
		}
		DataResource resource = resource(resourceCode);
		Register register = register(resource);
		String subject = normalise(rawSubject);
		LocalDate today = LocalDate.now(clock);
		for (int attempt = 0; attempt < 2; attempt++) {
			AccessGrant grant = grants.of(resourceCode, who.consumer(), today).orElse(null);
			if (grant == null) {
				break;
			}
			GovernedLookups.Answer answer = lookups.lookup(register, grant, subject, purpose.strip(), who, today,
					properties.flushEachAccessRecord());
			if (answer.stale()) {
				grants.forget(resourceCode, who.consumer());
				continue;
			}
			if (!answer.found()) {
				throw ProblemException.notFound("exchange.lookup.noSubject", resource.name());
			}
			return new Lookup(resourceCode, subject, grant.id(), List.copyOf(grant.maskedFields()),
					masked(answer.values(), grant));
		}
		log.record(who, resourceCode, null, subject, purpose.strip(), List.of(), "DENIED");
		throw ProblemException.forbidden("exchange.lookup.noGrant", resource.name());
	}

	/**
	 * The changes of a resource's register after {@code cursor}, in order, at most {@code limit}, for a consumer
	 * whose grant allows replication: only changes of transactions that have all ended are served, so a change
	 * that commits late is never skipped. Every subject served is written to the access log.
	 */
	public Changes changes(AccessContext who, String resourceCode, String cursor, int limit, String purpose) {
		requirePurpose(purpose);
		DataResource resource = resource(resourceCode);
		Register register = register(resource);
		Matcher position = cursor(cursor);
		AccessGrant grant = grants.of(resourceCode, who.consumer(), LocalDate.now(clock))
			.orElseThrow(() -> ProblemException.forbidden("exchange.lookup.noGrant", resource.name()));
		if (!grant.sync()) {
			throw ProblemException.forbidden("exchange.changes.notGranted", resource.name());
		}
		int size = Math.max(1, Math.min(limit, 1000));
		List<String> columns = grant.fields().stream().map(register::column).toList();
		List<Change> changes = jdbc.sql("""
				select r.change_tx::text as cursor_tx, r.change_seq, r.%s, %s from %s r
				where (r.change_tx, r.change_seq) > (?::xid8, ?)
				  and r.change_tx < pg_snapshot_xmin(pg_current_snapshot())
				order by r.change_tx, r.change_seq limit ?""".formatted(register.key(), String.join(", ", columns),
				register.table()))
			.params(position.group(1), Long.parseLong(position.group(2)), size)
			.query((rs, n) -> {
				Map<String, Object> values = new LinkedHashMap<>();
				for (String column : columns) {
					values.put(column, GovernedLookups.text(rs.getObject(column)).orElse(null));
				}
				return new Change(rs.getString(1) + "-" + rs.getLong(2), rs.getString(3).strip(),
						masked(values, grant));
			})
			.list();
		String next = changes.isEmpty() ? position.group() : changes.get(changes.size() - 1).cursor();
		log.recordAll(who.forSync(), resourceCode, grant.id(), changes.stream().map(Change::subject).toList(),
				purpose.strip(), grant.fields());
		return new Changes(resourceCode, position.group(), next, changes.size() == size, changes);
	}

	/** Who read a subject's data, newest first, 50 a page. */
	public AccessRecord.Page accessLogOf(String subject, int page) {
		String key = normalise(subject);
		int size = 50;
		return new AccessRecord.Page(log.of(key, Math.max(0, page), size), log.countOf(key), Math.max(0, page), size);
	}

	/** Subjects as registers hold them: no surrounding blanks, letters (the X of an identity number) upper case. */
	public static String normalise(String subject) {
		return subject == null ? "" : subject.strip().toUpperCase(Locale.ROOT);
	}

	private DataResource resource(String code) {
		return resources.cached(code).orElseThrow(() -> ProblemException.notFound("exchange.resource.unknown", code));
	}

	private static Register register(DataResource resource) {
		return Register.named(resource.register())
			.orElseThrow(() -> new IllegalStateException("resource " + resource.code() + " reads no known register"));
	}

	private static Matcher cursor(String cursor) {
		String text = cursor == null || cursor.isBlank() || "0".equals(cursor.strip()) ? "0-0" : cursor.strip();
		Matcher matcher = CURSOR.matcher(text);
		if (!matcher.matches()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", "exchange.changes.badCursor", cursor);
		}
		return matcher;
	}

	private static Map<String, Object> masked(Map<String, Object> values, AccessGrant grant) {
		if (grant.maskedFields().isEmpty()) {
			return values;
		}
		Map<String, Object> out = new LinkedHashMap<>(values);
		for (String field : grant.maskedFields()) {
			Object value = out.get(field);
			out.put(field, value == null ? null : Masking.mask(field, value.toString()));
		}
		return out;
	}

	private static void requirePurpose(String purpose) {
		if (purpose == null || purpose.isBlank()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", "exchange.lookup.purposeMissing");
		}
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
