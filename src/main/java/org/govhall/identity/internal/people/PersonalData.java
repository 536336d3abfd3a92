package org.govhall.identity.internal.people;

import java.util.List;
import java.util.Map;

import org.govhall.exchange.AccessRecord;
import org.govhall.exchange.DataResource;
import org.govhall.exchange.DataSharing;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a citizen can see about their own data: who read it through the exchange and why (谁查了我的数据), and the
 * department systems they consented to share their identity with, which they can withdraw.
 */
@Service
public class PersonalData {

	private final PersonAccounts people;

	private final DataSharing sharing;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final OrganisationDirectory directory;

	private final MessageSource messages;

	PersonalData(PersonAccounts people, DataSharing sharing, JdbcClient jdbc, AuditTrail audit,
			OrganisationDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
		this.people = people;
		this.sharing = sharing;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The exchange's access log for the person's own identity number. Reading it is itself audited. */
	public AccessRecord.Page whoReadMyData(long personId, int page) {
		PersonAccount account = people.byId(personId).orElseThrow();
		AccessRecord.Page log = sharing.accessLogOf(account.identityNumber(), Math.max(0, page));
		audit.record(AuditEvent.of("person.accessLogRead").on("person", account.subject())
			.detail("entries", log.total()));
		return log;
	}

	/**
	 * The names to show beside a page of the access log, in the reader's language where there is one: each
	 * consuming department ({@code department.<code>}), each resource ({@code resource.<code>}) and each entry's
	 * fields by their labels ({@code fields.<id>}).
	 */
	public Map<String, String> namesFor(AccessRecord.Page page, java.util.Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		Map<String, DataResource> resources = new java.util.HashMap<>();
		sharing.resources().forEach(r -> resources.put(r.code(), r));
		Map<String, String> names = new java.util.HashMap<>();
		for (AccessRecord record : page.records()) {
			names.computeIfAbsent("department." + record.consumer(), k -> directory.departmentByCode(record.consumer())
				.map(d -> english ? d.nameEn() : d.nameZh())
				.orElseGet(() -> messages.getMessage("my.access.platform", null, record.consumer(), locale)));
			DataResource resource = resources.get(record.resource());
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

	/** A department system the person let read their identity. */
	public record Consent(String clientId, String clientName, List<String> scopes) {
	}

	public List<Consent> consents(String subject) {
		return jdbc.sql("""
				select c.client_id, c.client_name, a.authorities
				from oauth2_authorization_consent a join oauth2_registered_client c on c.id = a.registered_client_id
				where a.principal_name = ? order by c.client_name""")
			.param(subject)
			.query((rs, n) -> new Consent(rs.getString(1), rs.getString(2),
					java.util.Arrays.stream(rs.getString(3).split(",")).map(s -> s.replace("SCOPE_", "")).sorted()
						.toList()))
			.list();
	}

	/** Withdraws a consent and ends the tokens that system holds for the person. */
	@Transactional
	public boolean withdraw(String subject, String clientId) {
		int removed = jdbc.sql("""
				delete from oauth2_authorization_consent
				where principal_name = ? and registered_client_id = (select id from oauth2_registered_client where client_id = ?)""")
			.params(subject, clientId).update();
		if (removed > 0) {
			jdbc.sql("""
					delete from oauth2_authorization
					where principal_name = ? and registered_client_id = (select id from oauth2_registered_client where client_id = ?)""")
				.params(subject, clientId).update();
			audit.record(AuditEvent.of("person.consentWithdrawn").on("oidc-client", clientId).by(subject));
		}
		return removed > 0;
	}
}
