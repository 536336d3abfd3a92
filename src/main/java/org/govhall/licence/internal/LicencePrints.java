package org.govhall.licence.internal;

import java.util.Locale;
import java.util.Map;

import org.govhall.licence.Licence;
import org.govhall.licence.LicenceType;
import org.govhall.shared.documents.PdfDocuments;

import org.springframework.stereotype.Component;

/**
 * The printable licence (PDF): the type's layout with every entry, the issuer and dates, and a QR code leading to
 * the public verification page — a paper copy verifies like the credential.
 */
@Component
public class LicencePrints {

	private final PdfDocuments pdfs;

	private final LicenceProperties properties;

	LicencePrints(PdfDocuments pdfs, LicenceProperties properties) {
		this.pdfs = pdfs;
		this.properties = properties;
	}

	public byte[] pdf(Licence licence, LicenceType type, Locale locale) {
		String url = properties.verificationUrl(licence.identifier());
		return pdfs.render("licence/licence-pdf", Map.of("licence", licence, "type", type, "verifyUrl", url, "qr",
				QrCodes.pngDataUri(url, 360), "business", type.template() == LicenceType.Template.BUSINESS), locale);
	}

	/** The QR code of the verification page of a licence, for pages. */
	public String qr(Licence licence) {
		return QrCodes.pngDataUri(properties.verificationUrl(licence.identifier()), 240);
	}
}
