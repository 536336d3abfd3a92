package org.govhall.identity.internal.people;

import java.text.Normalizer;

import org.govhall.exchange.DataLookups;
import org.govhall.exchange.Lookup;
import org.govhall.identity.internal.IdentityProperties;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The real-name check (实名核验): asks the population register, through the exchange and under the identity
 * service's grant, whether an identity number carries the given name. The exchange records the lookup with its
 * purpose, so the person later sees it in "who read my data".
 */
@Component
public class RealNameCheck {

	static final String RESOURCE = "GAJ-SFHY";

	static final String PURPOSE = "统一身份认证：实名核验（申请人本人提交的姓名与公民身份号码是否一致）";

	private final DataLookups sharing;

	private final IdentityProperties properties;

	RealNameCheck(DataLookups sharing, IdentityProperties properties) {
		this.sharing = sharing;
		this.properties = properties;
	}

	/** What the register said. */
	public enum Outcome {
		MATCH, MISMATCH, UNKNOWN, UNAVAILABLE
	}

	public Outcome check(String identityNumber, String name) {
		Lookup answer;
		try {
			answer = sharing.lookupForService(properties.verificationDepartment(), "identity", RESOURCE,
					identityNumber, PURPOSE);
		}
		catch (ProblemException problem) {
			return problem.status() == HttpStatus.NOT_FOUND ? Outcome.UNKNOWN : Outcome.UNAVAILABLE;
		}
		Object registered = answer.fields().get("name");
		return registered != null && normal(registered.toString()).equals(normal(name)) ? Outcome.MATCH
				: Outcome.MISMATCH;
	}

	/** Names compare in NFKC with the separating dot of minority names written one way. */
	static String normal(String name) {
		return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).replace('•', '·').replace('.', '·');
	}
}
