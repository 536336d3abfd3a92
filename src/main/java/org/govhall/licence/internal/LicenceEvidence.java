package org.govhall.licence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.govhall.casework.LicenceOffer;
import org.govhall.casework.spi.HeldLicences;
import org.govhall.licence.LicenceStatus;
import org.govhall.licence.LicenceType;
import org.govhall.shared.GovHallProperties;

import org.springframework.stereotype.Component;

/**
 * Licences as evidence in applications (一次生成、多方复用): a holder's valid licences whose type proves a material,
 * the credential of one attached by reference, and the record of its use by the case — for the holder's 用证记录.
 */
@Component
class LicenceEvidence implements HeldLicences {

	private final LicenceStore store;

	private final LicenceTypeStore types;

	private final Clock clock;

	private final java.time.ZoneId zone;

	LicenceEvidence(LicenceStore store, LicenceTypeStore types, Clock clock, GovHallProperties hall) {
		this.store = store;
		this.types = types;
		this.clock = clock;
		this.zone = hall.zone();
	}

	@Override
	public List<LicenceOffer> proving(String holderCode, Collection<String> materialSources) {
		Set<String> proving = materialSources.stream().flatMap(s -> types.proving(s).stream()).map(LicenceType::code)
			.collect(Collectors.toSet());
		if (proving.isEmpty() || holderCode == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock.withZone(zone));
		return store.ofHolders(List.of(holderCode)).stream()
			.filter(r -> proving.contains(r.licence().typeCode()) && r.statusOn(today) == LicenceStatus.VALID)
			.map(r -> new LicenceOffer(r.licence().identifier(), r.licence().typeName(), r.licence().number(),
					r.licence().issuerName()))
			.toList();
	}

	@Override
	public Optional<String> credentialIfValid(String identifier, String holderCode) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		return store.byIdentifier(identifier).filter(r -> r.licence().holderCode().equals(holderCode))
			.filter(r -> r.statusOn(today) == LicenceStatus.VALID).map(LicenceStore.Row::credential);
	}

	@Override
	public void used(String identifier, String caseNumber, String usedBy, String purpose) {
		store.byIdentifier(identifier).ifPresent(r -> store.recordUse(r.licence().id(), "ATTACHED", usedBy, caseNumber,
				purpose, clock.instant()));
	}
}
