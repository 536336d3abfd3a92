package org.govhall.identity.internal.people;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.govhall.exchange.AccessRecord;
import org.govhall.exchange.DataLookups;
import org.govhall.exchange.DataResource;
import org.govhall.exchange.ResourceCatalogue;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Who read my data, and why (谁查了我的数据): the exchange's access log for the person's own identity number, with
 * the names of the departments, resources and fields beside it. Reading it is itself audited.
 */
@Service
public class WhoReadMyData {

	private final PersonAccounts people;

	private final DataLookups lookups;

	private final ResourceCatalogue resources;

	private final OrganisationDirectory directory;

	private final AuditTrail audit;

	private final MessageSource messages;

	WhoReadMyData(PersonAccounts people, DataLookups lookups, ResourceCatalogue resources,
			OrganisationDirectory directory, AuditTrail audit, MessageSource messages) {
		this.people = people;
		this.lookups = lookups;
		this.resources = resources;
		this.directory = directory;
		this.audit = audit;
		this.messages = messages;
	}

	/** A page of the reads of the person's data, newest first. */
	public AccessRecord.Page of(long personId, int page) {
		PersonAccount account = people.byId(personId).orElseThrow();
		AccessRecord.Page log = lookups.accessLogOf(account.identityNumber(), Math.max(0, page));
		audit.record(AuditEvent.of("person.accessLogRead").on("person", account.subject())
			.detail("entries", log.total()));
		return log;
	}

	/**
	 * The names to show beside a page of the access log, in the reader's language where there is one: each
	 * consuming department ({@code department.<code>}), each resource ({@code resource.<code>}) and each entry's
	 * fields by their labels ({@code fields.<id>}).
	 */
	public Map<String, String> namesFor(AccessRecord.Page page, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		Map<String, DataResource> byCode = new HashMap<>();
		resources.resources().forEach(r -> byCode.put(r.code(), r));
		Map<String, String> names = new HashMap<>();
		for (AccessRecord record : page.records()) {
			names.computeIfAbsent("department." + record.consumer(), k -> directory.departmentByCode(record.consumer())
				.map(d -> english ? d.nameEn() : d.nameZh())
				.orElseGet(() -> messages.getMessage("my.access.platform", null, record.consumer(), locale)));
			DataResource resource = byCode.get(record.resource());
			names.put("resource." + record.resource(), resource == null
					? messages.getMessage("my.access.register." + record.resource(), null, record.resource(), locale)
					: resource.name());
			names.put("fields." + record.id(), String.join(english ? ", " : "、", record.fields().stream()
				.map(f -> "*".equals(f) ? messages.getMessage("my.access.allFields", null, f, locale)
						: resource == null ? f : resource.fields().stream().filter(x -> x.name().equals(f))
							.map(DataResource.Field::label).findFirst().orElse(f))
				.toList()));
		}
		return names;
	}
}
