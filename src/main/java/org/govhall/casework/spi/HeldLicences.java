package org.govhall.casework.spi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govhall.casework.LicenceOffer;

/**
 * The electronic licences an applicant holds, for materials a licence proves (免提交, 一次生成、多方复用): the
 * licence module implements it; without it, nothing is offered.
 */
public interface HeldLicences {

	/** The holder's valid licences whose type proves a material of one of these source names (e.g. 营业执照). */
	List<LicenceOffer> proving(String holderCode, Collection<String> materialSources);

	/** The credential (vc+jwt) of a licence if it is the holder's and valid today; empty otherwise. */
	Optional<String> credentialIfValid(String identifier, String holderCode);

	/** Records that a case used the licence, for its holder to see. */
	void used(String identifier, String caseNumber, String usedBy, String purpose);
}
