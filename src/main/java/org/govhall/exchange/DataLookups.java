package org.govhall.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.govhall.exchange.internal.AccessContext;
import org.govhall.exchange.internal.AccessLog;
import org.govhall.exchange.internal.ActiveGrants;
import org.govhall.exchange.internal.CallsPerMinute;
import org.govhall.exchange.internal.ChangeFeed;
import org.govhall.exchange.internal.ExchangeProperties;
import org.govhall.exchange.internal.GovernedLookups;
import org.govhall.exchange.internal.MachineClient;
import org.govhall.exchange.internal.Masking;
import org.govhall.exchange.internal.Register;
import org.govhall.exchange.internal.ResourceStore;
import org.govhall.exchange.internal.SubjectKeys;
import org.govhall.exchange.spi.HeldRegister;
import org.govhall.shared.security.ActingFor;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.ProblemException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading shared data under a grant (共享查询): lookups by subject key and the change feed, each for the reader's
 * department, for a stated purpose, answering only granted fields masked as granted, and each written to the
 * access log with consumer, purpose, subject and fields — refusals included. The read and its log entry are one
 * statement ({@link GovernedLookups}). Who read a subject's data is answered here too.
 */
@Service
public class DataLookups {

	private static final Duration STAFF_WINDOW = Duration.ofMinutes(1);

	private final ResourceStore resources;

	private final ActiveGrants grants;

	private final GovernedLookups lookups;

	private final ChangeFeed feed;

	private final AccessLog log;

	private final ExchangeProperties properties;

	private final Clock clock;

	private final CallsPerMinute staffCalls = new CallsPerMinute();

	private final ObjectProvider<HeldRegister> heldRegisters;

	private final TransactionTemplate transactions;

	DataLookups(ResourceStore resources, ActiveGrants grants, GovernedLookups lookups, ChangeFeed feed, AccessLog log,
			ExchangeProperties properties, Clock clock, ObjectProvider<HeldRegister> heldRegisters,
			TransactionTemplate transactions) {
		this.heldRegisters = heldRegisters;
		this.transactions = transactions;
		this.resources = resources;
		this.grants = grants;
		this.lookups = lookups;
		this.feed = feed;
		this.log = log;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Looks a subject up for the signed-in staff member's (or department system's) department.
	 *
	 * @param clientAddress where the request came from, for the access log
	 */
	public Lookup lookup(String resourceCode, String subject, String purpose, String clientAddress) {
		return lookup(caller(StaffMember.signedIn(), clientAddress), resourceCode, subject, purpose);
	}

	/**
	 * A lookup by a platform service on behalf of a department (identity's real-name check, for example): the
	 * same grant rules, masking and access log, with the service named as the actor. The caller decides whether
	 * the current user may cause this lookup.
	 */
	public Lookup lookupForService(String consumerDepartment, String service, String resourceCode, String subject,
			String purpose) {
		return lookup(new AccessContext(consumerDepartment, service, null, "SERVICE", null, clock.instant()),
				resourceCode, subject, purpose);
	}

	/**
	 * A lookup by a platform service for one service item (an application's prefill): as
	 * {@link #lookupForService}, and only under a grant that names the item among the service items it serves
	 * (its implementation code, or its basic code with or without the handling code); refused (and logged as
	 * refused) otherwise.
	 */
	public Lookup lookupForItem(String consumerDepartment, String service, String implementationCode,
			String resourceCode, String subject, String purpose) {
		return lookup(new AccessContext(consumerDepartment, service, null, "SERVICE", null, clock.instant()),
				resourceCode, subject, purpose, implementationCode);
	}

	/**
	 * The changes of a resource's register after {@code cursor}, in order, at most {@code limit}, for the signed-in
	 * department granted replication; every subject served is written to the access log.
	 */
	public Changes changes(String resourceCode, String cursor, int limit, String purpose, String clientAddress) {
		AccessContext who = caller(StaffMember.signedIn(), clientAddress);
		requirePurpose(purpose);
		DataResource resource = resource(resourceCode);
		if (Register.named(resource.register()).isEmpty()) {
			throw ProblemException.conflict("exchange.changes.heldRegister", resource.name());
		}
		Register register = register(resource);
		Matcher position = ChangeFeed.cursor(cursor);
		AccessGrant grant = grants.of(resourceCode, who.consumer(), LocalDate.now(clock))
			.orElseThrow(() -> ProblemException.forbidden("exchange.lookup.noGrant", resource.name()));
		if (!grant.sync()) {
			throw ProblemException.forbidden("exchange.changes.notGranted", resource.name());
		}
		int size = Math.max(1, Math.min(limit, ChangeFeed.MAX_PAGE));
		List<Change> changes = feed.after(register, grant, position, size);
		String next = changes.isEmpty() ? position.group() : changes.get(changes.size() - 1).cursor();
		log.recordAll(who.forSync(), resourceCode, grant.id(), changes.stream().map(Change::subject).toList(),
				purpose.strip(), grant.fields());
		return new Changes(resourceCode, position.group(), next, changes.size() == size, changes);
	}

	/**
	 * Who read a subject's data through the exchange, newest first, 50 a page. The caller authorises (a
	 * supervisor, or the person whose data it is).
	 */
	public AccessRecord.Page accessLogOf(String subject, int page) {
		String key = SubjectKeys.normalise(subject);
		int size = 50;
		return new AccessRecord.Page(log.of(key, Math.max(0, page), size), log.countOf(key), Math.max(0, page), size);
	}

	private Lookup lookup(AccessContext who, String resourceCode, String rawSubject, String purpose) {
		return lookup(who, resourceCode, rawSubject, purpose, null);
	}

	private Lookup lookup(AccessContext who, String resourceCode, String rawSubject, String purpose,
			String serviceItem) {
		requirePurpose(purpose);
		if ("STAFF".equals(who.channel())
				&& !staffCalls.admit(who.actor(), properties.staffLookupsPerMinute(), who.at())) {
			throw ProblemException.tooManyRequests(STAFF_WINDOW, "exchange.lookup.tooMany",
					properties.staffLookupsPerMinute());
		}
		DataResource resource = resource(resourceCode);
		String subject = SubjectKeys.normalise(rawSubject);
		LocalDate today = LocalDate.now(clock);
		Optional<HeldRegister> held = held(resource);
		if (held.isPresent()) {
			return heldLookup(held.get(), resource, who, subject, purpose.strip(), serviceItem, today);
		}
		Register register = register(resource);
		for (int attempt = 0; attempt < 2; attempt++) {
			AccessGrant grant = grants.of(resourceCode, who.consumer(), today).orElse(null);
			if (grant == null || (serviceItem != null && !serves(grant, serviceItem))) {
				break;
			}
			GovernedLookups.Answer answer = lookups.lookup(register, grant, subject, purpose.strip(), who, today,
					properties.flushEachAccessRecord());
			if (answer.stale()) {
				// revoked, superseded or expired on another node since this node remembered it
				grants.forget(resourceCode, who.consumer());
				continue;
			}
			if (!answer.found()) {
				throw ProblemException.notFound("exchange.lookup.noSubject", resource.name());
			}
			return new Lookup(resourceCode, subject, grant.id(), List.copyOf(grant.maskedFields()),
					Masking.asGranted(answer.values(), grant));
		}
		log.record(who, resourceCode, null, subject, purpose.strip(), List.of(), "DENIED");
		throw ProblemException.forbidden("exchange.lookup.noGrant", resource.name());
	}

	/**
	 * A lookup in a register another module keeps: the grant checked, the granted columns read and the access log
	 * entry written in one transaction (a refusal is logged as one).
	 */
	private Lookup heldLookup(HeldRegister register, DataResource resource, AccessContext who, String subject,
			String purpose, String serviceItem, LocalDate today) {
		AccessGrant grant = grants.of(resource.code(), who.consumer(), today).orElse(null);
		if (grant == null || (serviceItem != null && !serves(grant, serviceItem))) {
			log.record(who, resource.code(), null, subject, purpose, List.of(), "DENIED");
			throw ProblemException.forbidden("exchange.lookup.noGrant", resource.name());
		}
		Optional<Map<String, Object>> values = transactions.execute(tx -> {
			Optional<Map<String, Object>> read = register.read(subject, grant.fields(), who.consumer(), purpose);
			log.record(who, resource.code(), grant.id(), subject, purpose, grant.fields(),
					read.isPresent() ? "ANSWERED" : "NOT_FOUND");
			return read;
		});
		if (values == null || values.isEmpty()) {
			throw ProblemException.notFound("exchange.lookup.noSubject", resource.name());
		}
		return new Lookup(resource.code(), subject, grant.id(), List.copyOf(grant.maskedFields()),
				Masking.asGranted(values.get(), grant));
	}

	private Optional<HeldRegister> held(DataResource resource) {
		if (Register.named(resource.register()).isPresent()) {
			return Optional.empty();
		}
		return heldRegisters.stream().filter(r -> r.register().equals(resource.register())).findFirst();
	}

	/** Whether a grant names the item: its implementation code, or the basic code (and handling code) in it. */
	static boolean serves(AccessGrant grant, String implementationCode) {
		String catalogueCode = implementationCode.length() > 18 ? implementationCode.substring(18) : implementationCode;
		return grant.serviceItems().stream()
			.anyMatch(item -> item.equals(implementationCode) || catalogueCode.startsWith(item));
	}

	/** Who is reading: the staff member's or department system's department, and how they came. */
	private AccessContext caller(StaffMember staff, String clientAddress) {
		String channel = staff instanceof MachineClient ? "MACHINE" : "STAFF";
		return new AccessContext(staff.departmentCode(), staff.getUsername(), ActingFor.current().orElse(null),
				channel, clientAddress, clock.instant());
	}

	private DataResource resource(String code) {
		return resources.cached(code).orElseThrow(() -> ProblemException.notFound("exchange.resource.unknown", code));
	}

	private static Register register(DataResource resource) {
		return Register.named(resource.register())
			.orElseThrow(() -> new IllegalStateException("resource " + resource.code() + " reads no known register"));
	}

	private static void requirePurpose(String purpose) {
		if (purpose == null || purpose.isBlank()) {
			throw ProblemException.invalid("purpose", "exchange.lookup.purposeMissing");
		}
	}
}
