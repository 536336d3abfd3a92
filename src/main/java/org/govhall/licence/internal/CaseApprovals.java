package org.govhall.licence.internal;

import java.util.List;
import java.util.Optional;

import org.govhall.casework.ApplicantKind;
import org.govhall.casework.ApprovedItem;
import org.govhall.casework.ApprovedItems;
import org.govhall.casework.CaseApproved;
import org.govhall.catalog.Catalogue;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.ServiceItem;
import org.govhall.exchange.BaseRegisters;
import org.govhall.identity.Applicants;
import org.govhall.exchange.LegalPerson;
import org.govhall.licence.LicenceType;
import org.govhall.shared.GovHallProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues what an approved item yields (审批结果): when casework approves an item whose catalogue result names a
 * licence type, the holder — the company applied for, or the person — gets that licence, with the entries the
 * application's answers give (the legal-person register fills what they do not, for a company in it). Heard after
 * the approval commits, in a transaction of its own, from the event publication registry, so that a crash
 * in between only delays it; heard twice, it issues once (one licence per case and item).
 */
@Component
class CaseApprovals {

	static final String PURPOSE = "电子证照签发：审批通过后制发电子证照";

	private static final Logger log = LoggerFactory.getLogger(CaseApprovals.class);

	private final ApprovedItems approvals;

	private final Catalogue catalogue;

	private final LicenceTypeStore types;

	private final BaseRegisters registers;

	private final Issuance issuance;

	private final GovHallProperties hall;

	private final Applicants applicants;

	CaseApprovals(ApprovedItems approvals, Catalogue catalogue, LicenceTypeStore types, BaseRegisters registers,
			Issuance issuance, GovHallProperties hall, Applicants applicants) {
		this.applicants = applicants;
		this.approvals = approvals;
		this.catalogue = catalogue;
		this.types = types;
		this.registers = registers;
		this.issuance = issuance;
		this.hall = hall;
	}

	@ApplicationModuleListener
	void on(CaseApproved approved) {
		String caseNumber = approved.facts().caseNumber();
		String item = approved.facts().item();
		Optional<LicenceType> type = catalogue.published(item).map(ServiceItem::content).map(ItemContent::guide)
			.map(ItemContent.Guide::result).map(ItemContent.Result::licenceType).flatMap(types::find);
		if (type.isEmpty()) {
			return;
		}
		approvals.find(caseNumber, item).ifPresent(a -> {
			List<IssuedLicence> issued = issuance.issue(List.of(draft(type.get(), a)));
			log.info("licence {} for case {} item {}", issued.isEmpty() ? "already issued" : issued.get(0).identifier(),
					caseNumber, item);
			if (!issued.isEmpty() && a.personAccount() > 0) {
				applicants.textTo(a.personAccount(), "【一网通办】" + issued.get(0).holderName() + "的"
						+ issued.get(0).typeName() + "已签发（办件 " + caseNumber + "），可在“我的证照”查看、下载和出示。");
			}
		});
	}

	private Issuance.Draft draft(LicenceType type, ApprovedItem a) {
		Optional<LegalPerson> registered = a.applicantKind() == ApplicantKind.COMPANY
				? registers.legalPerson(a.creditCode(), PURPOSE) : Optional.empty();
		return LicenceDrafts.fromCase(type, a, registered, hall.zone());
	}
}
