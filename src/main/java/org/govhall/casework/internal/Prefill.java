package org.govhall.casework.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.govhall.casework.ApplicantKind;
import org.govhall.exchange.DataLookups;
import org.govhall.exchange.Lookup;
import org.govhall.shared.forms.DataElement;
import org.govhall.shared.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Prefill (预填) of an application from the registers, through the exchange under the hall's own grants that name
 * the item: each lookup is logged with the item as its purpose and shows in the person's "who read my data". A
 * value read is verified (已核验) and locked. A register that is unavailable or a grant that does not serve the item
 * leaves the entry for the applicant to fill in — prefill never stops an application.
 */
@Component
public class Prefill {

	private static final Logger log = LoggerFactory.getLogger(Prefill.class);

	/** Where a data element's value comes from: a resource of the exchange and its field. */
	record Source(String resource, String field) {
	}

	private static final Map<DataElement, Source> PERSON = Map.of(
			DataElement.GENDER, new Source("GAJ-SFHY", "gender"),
			DataElement.BIRTH_DATE, new Source("GAJ-SFHY", "birth_date"),
			DataElement.HOUSEHOLD_ADDRESS, new Source("GAJ-HJXX", "household_address"),
			DataElement.MARITAL_STATUS, new Source("MZJ-HYZK", "marital_status"));

	private static final Map<DataElement, Source> COMPANY = Map.of(
			DataElement.COMPANY_NAME, new Source("SCJG-QYDJ", "name"),
			DataElement.COMPANY_TYPE, new Source("SCJG-QYDJ", "type"),
			DataElement.LEGAL_REPRESENTATIVE, new Source("SCJG-QYDJ", "legal_representative"),
			DataElement.REGISTERED_CAPITAL, new Source("SCJG-QYDJ", "registered_capital"),
			DataElement.ESTABLISHED_ON, new Source("SCJG-QYDJ", "established_on"),
			DataElement.REGISTERED_ADDRESS, new Source("SCJG-QYDJ", "address"),
			DataElement.BUSINESS_SCOPE, new Source("SCJG-QYDJ", "business_scope"));

	/** The registers' codes as people read them. */
	private static final Map<String, String> GENDERS = Map.of("MALE", "男", "FEMALE", "女");

	private final DataLookups lookups;

	private final CaseworkProperties properties;

	Prefill(DataLookups lookups, CaseworkProperties properties) {
		this.lookups = lookups;
		this.properties = properties;
	}

	/**
	 * The verified values for the entries of {@code form}.
	 *
	 * @param who the applicant: for a person their name and identity number (verified at sign-up), for a company
	 *        its name and credit code (verified when it was bound)
	 * @param subject the key looked up: the identity number or the credit code
	 * @param purpose the purpose written to the access log (names the item)
	 */
	public Values of(MergedForm form, ApplicantKind kind, String subject, Map<DataElement, String> who,
			String purpose) {
		Map<DataElement, Source> sources = kind == ApplicantKind.COMPANY ? COMPANY : PERSON;
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> from = new LinkedHashMap<>();
		Map<String, Lookup> answers = new LinkedHashMap<>();
		Set<String> unavailable = new TreeSet<>();
		for (MergedForm.Entry entry : form.entries()) {
			if (entry.element() == null) {
				continue;
			}
			if (who.containsKey(entry.element())) {
				values.put(entry.key(), who.get(entry.element()));
				from.put(entry.key(), "identity");
				continue;
			}
			Source source = sources.get(entry.element());
			if (source == null || unavailable.contains(source.resource())) {
				continue;
			}
			Lookup answer = answers.computeIfAbsent(source.resource(),
					resource -> lookup(resource, entry.items().get(0), subject, purpose, unavailable));
			if (answer == null || answer.masked().contains(source.field()) || answer.fields().get(source.field()) == null) {
				continue;
			}
			values.put(entry.key(), text(answer.fields().get(source.field())));
			from.put(entry.key(), source.resource());
		}
		return new Values(values, from, List.copyOf(unavailable));
	}

	private Lookup lookup(String resource, String item, String subject, String purpose, Set<String> unavailable) {
		try {
			return lookups.lookupForItem(properties.department(), "casework", item, resource, subject, purpose);
		}
		catch (ProblemException | IllegalStateException ex) {
			// not granted for this item, subject unknown, register unavailable: the applicant fills it in
			log.debug("No prefill from {} for item {}: {}", resource, item, ex.getMessage());
			unavailable.add(resource);
			return null;
		}
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		String text = String.valueOf(value);
		return GENDERS.getOrDefault(text, text);
	}

	/**
	 * The values read.
	 *
	 * @param values entry key to value
	 * @param sources entry key to the resource it came from ({@code identity} for the account's own data)
	 * @param unavailable resources that could not be read
	 */
	public record Values(Map<String, String> values, Map<String, String> sources, List<String> unavailable) {
	}
}
