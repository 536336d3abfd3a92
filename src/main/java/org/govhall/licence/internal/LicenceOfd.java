package org.govhall.licence.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.govhall.licence.Licence;
import org.govhall.licence.LicenceType;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.element.Img;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.TextAlign;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The licence as OFD (GB/T 33190, 版式文档), the format Chinese offices archive and print: the same entries as the
 * PDF and the QR code of the verification page, laid out by ofdrw. The text refers to 宋体 (SimSun) by name, as
 * OFD documents commonly do, so that the reader's own font renders it and the file stays small.
 */
@Component
public class LicenceOfd {

	private static final Font SONG = new Font("宋体", "宋体");

	private final LicenceProperties properties;

	private final MessageSource messages;

	LicenceOfd(LicenceProperties properties, MessageSource messages) {
		this.properties = properties;
		this.messages = messages;
	}

	public byte[] ofd(Licence licence, LicenceType type, Locale locale) {
		Path qr = null;
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		try {
			qr = Files.createTempFile("licence-qr", ".png");
			Files.write(qr, QrCodes.png(properties.verificationUrl(licence.identifier()), 300));
			try (OFDDoc doc = new OFDDoc(out)) {
				doc.setDefaultPageLayout(PageLayout.A4());
				doc.add(line(type.name(locale), 9d).setTextAlign(TextAlign.center));
				doc.add(line(message("licence.pdf.number", locale, licence.number()), 4d));
				Img code = new Img(36d, 36d, qr);
				doc.add(code);
				doc.add(line(message("licence.page.holder", locale) + "：" + licence.holderName(), 4d));
				doc.add(line(message(licence.holderKind().name().equals("COMPANY") ? "licence.page.creditCode"
						: "licence.page.identityNumber", locale) + "：" + licence.holderCode(), 4d));
				for (LicenceType.Field f : type.fields()) {
					String value = licence.fields().get(f.key());
					if (value != null) {
						doc.add(line(("en".equals(locale.getLanguage()) ? f.labelEn() : f.labelZh()) + "：" + value, 4d));
					}
				}
				String validity = licence.validUntil() == null
						? message("licence.page.validFromOnly", locale, licence.validFrom())
						: message("licence.page.validFromTo", locale, licence.validFrom(), licence.validUntil());
				doc.add(line(message("licence.page.validity", locale) + "：" + validity, 4d));
				doc.add(line(message("licence.pdf.issuer", locale, licence.issuerName()), 4d));
				doc.add(line(message("licence.pdf.issuedOn", locale, licence.issuedOn()), 4d));
				doc.add(line(message("licence.pdf.identifier", locale, licence.identifier()), 3d));
				doc.add(line(message("licence.pdf.verify", locale, properties.verificationUrl(licence.identifier())), 3d));
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			if (qr != null) {
				try {
					Files.deleteIfExists(qr);
				}
				catch (IOException ignored) {
					// a temporary file the system cleans up
				}
			}
		}
	}

	private static Paragraph line(String text, double size) {
		Paragraph p = new Paragraph(text, size, SONG);
		p.setMarginBottom(2d);
		return p;
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
