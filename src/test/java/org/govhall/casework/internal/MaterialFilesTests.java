package org.govhall.casework.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.govhall.shared.web.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploaded materials: the content decides the type, the limit is kept while reading, archives stay out. */
class MaterialFilesTests {

	static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void the_type_comes_from_the_content_not_the_name() {
		MaterialFiles.Checked pdf = MaterialFiles.check(in(PDF), "photo.jpg", List.of("pdf", "jpg"), 1);
		assertThat(pdf.format()).isEqualTo("pdf");
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.displayName()).isEqualTo("photo.jpg");
		assertThat(pdf.sha256()).hasSize(64);
		assertThatThrownBy(() -> MaterialFiles.check(in(PDF), "a.pdf", List.of("jpg", "png"), 1))
			.isInstanceOfSatisfying(ProblemException.class,
					p -> assertThat(p.messageKey()).isEqualTo("casework.material.formatNotAllowed"));
	}

	@Test
	void a_file_over_the_limit_is_cut_off_while_streaming() {
		byte[] big = new byte[1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertThatThrownBy(() -> MaterialFiles.check(in(big), "a.pdf", List.of("pdf"), 1))
			.isInstanceOfSatisfying(ProblemException.class,
					p -> assertThat(p.messageKey()).isEqualTo("casework.material.tooLarge"));
	}

	@Test
	void an_ofd_package_is_accepted_other_archives_are_not() throws IOException {
		assertThat(MaterialFiles.check(in(zip("OFD.xml", "Doc_0/Document.xml")), "证照.ofd", List.of("pdf", "ofd"), 1)
			.format()).isEqualTo("ofd");
		assertThatThrownBy(() -> MaterialFiles.check(in(zip("readme.txt")), "a.ofd", List.of("ofd"), 1))
			.isInstanceOfSatisfying(ProblemException.class,
					p -> assertThat(p.messageKey()).isEqualTo("casework.material.unknownType"));
		assertThatThrownBy(() -> MaterialFiles.check(in(zip("OFD.xml", "inner.zip")), "a.ofd", List.of("ofd"), 1))
			.isInstanceOf(ProblemException.class);
	}

	@Test
	void names_are_for_display_only() {
		assertThat(MaterialFiles.displayName("C:\\Users\\张三\\..\\营业执照.pdf", "pdf")).isEqualTo("营业执照.pdf");
		assertThat(MaterialFiles.displayName("../..", "pdf")).isEqualTo("材料.pdf");
		assertThat(MaterialFiles.displayName(null, "png")).isEqualTo("材料.png");
	}

	private static ByteArrayInputStream in(byte[] content) {
		return new ByteArrayInputStream(content);
	}

	private static byte[] zip(String... names) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<ofd/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
