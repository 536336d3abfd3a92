package org.govhall.licence.internal;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import org.govhall.shared.GovHallProperties;

import org.springframework.stereotype.Component;

/**
 * Licences as W3C Verifiable Credentials (Data Model 2.0) secured with JOSE as <em>Securing Verifiable Credentials
 * using JOSE and COSE</em> specifies: the credential is the payload of a compact JWS with {@code typ} {@code vc+jwt}
 * and {@code cty} {@code vc}, signed by the issuing department's key named in {@code kid}. Each credential carries
 * two Bitstring Status List entries (revocation and suspension) at the licence's index, so that an offline
 * verifier holding the published keys and status lists learns everything the hall would tell it.
 */
@Component
public class Credentials {

	public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

	private static final String V2 = "https://www.w3.org/ns/credentials/v2";

	private final IssuerKeys keys;

	private final LicenceProperties properties;

	private final ZoneId zone;

	Credentials(IssuerKeys keys, LicenceProperties properties, GovHallProperties hall) {
		this.keys = keys;
		this.properties = properties;
		this.zone = hall.zone();
	}

	/** A credential signed with the issuing department's active key. */
	public Signed sign(IssuedLicence licence) {
		IssuerKeys.Signing key = keys.signing(licence.issuingDepartment());
		return new Signed(sign(key, credential(licence)), key.kid());
	}

	/** A compact JWS and the key it is signed with. */
	public record Signed(String jws, String kid) {
	}

	/** Signs any credential (the status lists) with the key of {@code owner}. */
	public String sign(String owner, Map<String, Object> credential) {
		return sign(keys.signing(owner), credential);
	}

	private String sign(IssuerKeys.Signing key, Map<String, Object> credential) {
		JWSHeader header = new JWSHeader.Builder(key.algorithm()).type(VC_JWT).contentType("vc").keyID(key.kid())
			.build();
		JWSObject jws = new JWSObject(header, new Payload(credential));
		try {
			jws.sign(key.signer());
		}
		catch (JOSEException e) {
			throw new IllegalStateException("cannot sign a credential", e);
		}
		return jws.serialize();
	}

	/**
	 * Reads a presented credential: its signature checked against the hall's published keys and its issuer against
	 * the key's department.
	 */
	public Read read(String presented) {
		JWSObject jws;
		try {
			jws = JWSObject.parse(presented.strip());
		}
		catch (ParseException e) {
			return Read.failed("malformed");
		}
		if (!VC_JWT.equals(jws.getHeader().getType())) {
			return Read.failed("notCredential");
		}
		Optional<IssuerKeys.Published> key = keys.published(jws.getHeader().getKeyID());
		if (key.isEmpty()) {
			return Read.failed("unknownKey");
		}
		try {
			if (!jws.getHeader().getAlgorithm().getName().equals(key.get().algorithm())
					|| !jws.verify(key.get().verifier())) {
				return Read.failed("signature");
			}
		}
		catch (JOSEException e) {
			return Read.failed("signature");
		}
		Map<String, Object> credential = jws.getPayload().toJSONObject();
		if (credential == null || !properties.issuerId(key.get().department()).equals(issuerId(credential))) {
			return Read.failed("issuer");
		}
		return new Read(null, credential, key.get().department());
	}

	/** A read credential, or why it could not be read ({@code failure} names a reason). */
	public record Read(String failure, Map<String, Object> credential, String department) {

		static Read failed(String reason) {
			return new Read(reason, null, null);
		}

		public boolean ok() {
			return failure == null;
		}
	}

	private Map<String, Object> credential(IssuedLicence l) {
		Map<String, Object> vc = new LinkedHashMap<>();
		vc.put("@context", List.of(V2, properties.publicUrl() + "/licences/context/v1"));
		vc.put("id", properties.verificationUrl(l.identifier()));
		vc.put("type", List.of("VerifiableCredential", "ElectronicLicence"));
		vc.put("issuer", Map.of("id", properties.issuerId(l.issuingDepartment()), "name", l.issuerName(), "creditCode",
				l.issuerCode()));
		vc.put("validFrom", startOf(l.validFrom()));
		if (l.validUntil() != null) {
			vc.put("validUntil", startOf(l.validUntil().plusDays(1)));
		}
		vc.put("name", l.typeName());
		Map<String, Object> licence = new LinkedHashMap<>();
		licence.put("identifier", l.identifier());
		licence.put("number", l.number());
		licence.put("typeCode", l.typeCode());
		licence.put("typeName", l.typeName());
		licence.put("issuedOn", l.issuedOn().toString());
		licence.put("divisionCode", l.divisionCode());
		licence.put("fields", l.fields());
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("type", "LicenceHolder");
		subject.put("name", l.holderName());
		subject.put("code", l.holderCode());
		subject.put("codeType", l.holderKind().codeType());
		subject.put("licence", licence);
		vc.put("credentialSubject", subject);
		vc.put("credentialStatus", List.of(statusEntry("revocation", l.statusIndex()),
				statusEntry("suspension", l.statusIndex())));
		return vc;
	}

	private Map<String, Object> statusEntry(String purpose, int index) {
		String list = properties.statusListUrl(purpose);
		return Map.of("id", list + "#" + index, "type", "BitstringStatusListEntry", "statusPurpose", purpose,
				"statusListIndex", Integer.toString(index), "statusListCredential", list);
	}

	private String startOf(LocalDate day) {
		return day.atStartOfDay(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	@SuppressWarnings("unchecked")
	private static String issuerId(Map<String, Object> credential) {
		Object issuer = credential.get("issuer");
		if (issuer instanceof Map<?, ?> m) {
			return String.valueOf(((Map<String, Object>) m).get("id"));
		}
		return String.valueOf(issuer);
	}
}
