package org.govhall.licence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govhall.exchange.spi.HeldRegister;
import org.govhall.shared.GovHallProperties;

import org.springframework.stereotype.Component;

/**
 * The licences as a register the exchange shares under grants (电子证照库, 互认共享): a department reads a licence by
 * its identifier, only the granted columns, logged in the exchange's access log like every lookup — and recorded
 * among the licence's uses, so that its holder sees which department read it and why.
 */
@Component
class LicenceRegister implements HeldRegister {

	private final LicenceStore store;

	private final Clock clock;

	private final java.time.ZoneId zone;

	LicenceRegister(LicenceStore store, Clock clock, GovHallProperties hall) {
		this.store = store;
		this.clock = clock;
		this.zone = hall.zone();
	}

	@Override
	public String register() {
		return "LICENCE";
	}

	@Override
	public Optional<Map<String, Object>> read(String subject, List<String> columns, String consumer, String purpose) {
		return store.byIdentifier(subject).map(row -> {
			IssuedLicence l = row.licence();
			Map<String, Object> all = new LinkedHashMap<>();
			all.put("type_code", l.typeCode());
			all.put("type_name", l.typeName());
			all.put("number", l.number());
			all.put("holder_name", l.holderName());
			all.put("holder_code", l.holderCode());
			all.put("issuer_name", l.issuerName());
			all.put("issued_on", l.issuedOn().toString());
			all.put("valid_until", l.validUntil() == null ? null : l.validUntil().toString());
			all.put("status", row.statusOn(LocalDate.now(clock.withZone(zone))).name());
			store.recordUse(l.id(), "READ", consumer + "（数据共享交换）", null, purpose, clock.instant());
			Map<String, Object> granted = new LinkedHashMap<>();
			columns.forEach(c -> granted.put(c, all.get(c)));
			return granted;
		});
	}
}
