package org.govhall.shared.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Renders a Thymeleaf template written as XHTML (every element closed) to a PDF. The page's CSS names the font
 * family {@value #FONT_FAMILY}; it is embedded (subset), so the PDF shows Chinese wherever it is opened.
 */
@Service
public class PdfDocuments {

	/** The CSS font family of the hall's CJK font. */
	public static final String FONT_FAMILY = "GovHall Sans SC";

	private static final String FONT = "fonts/GovHallSansSC-Regular.ttf";

	private final ITemplateEngine templates;

	private volatile byte[] font;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
		XRLog.setLoggingEnabled(false);
	}

	/**
	 * The PDF of a template.
	 *
	 * @param template the template's name, e.g. {@code casework/decision-pdf}
	 * @param variables what the template reads
	 * @param locale the language of its messages
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		String xhtml = templates.process(template, new Context(locale, variables));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(this::font, FONT_FAMILY);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	private InputStream font() {
		byte[] bytes = font;
		if (bytes == null) {
			try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
				bytes = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("the hall's CJK font " + FONT + " is missing", ex);
			}
			font = bytes;
		}
		return new ByteArrayInputStream(bytes);
	}
}
