package org.govhall.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a decision letter answered by the hall: a PDF with the hall's CJK font embedded, as text. */
final class DecisionLetterText {

	private DecisionLetterText() {
	}

	static String of(Response answer) {
		assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(answer.asByteArray())) {
			List<String> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
				}
			}
			assertThat(fonts).as("the hall's CJK font, embedded").anyMatch(f -> f.endsWith("GovHallSansSC-Regular"));
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
