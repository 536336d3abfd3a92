package org.govhall.casework.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.govhall.casework.Applying;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Materials' bytes in the data folder ({@code govhall.casework.file-store: data-folder}): the row keeps name, type,
 * size and digest and no bytes, the file is named by its digest (never by the uploaded name), the same bytes are
 * kept once, a file altered on disk is refused, and a row written to the database before a switch still reads.
 */
@GovHallTest
class MaterialFileStoreTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	DataFolderFiles hallFolder;

	@TempDir
	Path folder;

	@Test
	void a_material_in_the_data_folder_is_kept_by_its_digest_and_checked_when_read() throws Exception {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		UUID application = UUID.fromString(Applying.start(applicant,
				java.util.Map.of("item", org.govhall.casework.CaseworkTests.personalItem(jdbc))).jsonPath()
			.getString("id"));
		DataFolderFiles files = new DataFolderFiles(folder);
		ApplicationStore store = new ApplicationStore(jdbc, json, files, files);
		byte[] pdf = Applying.PDF;
		String sha = MaterialFiles.sha256(pdf);

		store.putMaterial(application, "m1", "../../etc/passwd.pdf", "application/pdf", pdf, sha, Instant.now());
		store.putMaterial(application, "m2", "again.pdf", "application/pdf", pdf, sha, Instant.now());

		Path file = folder.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
		assertThat(file).exists().hasBinaryContent(pdf);
		try (var all = Files.walk(folder)) {
			assertThat(all.filter(Files::isRegularFile).count()).as("the same bytes kept once").isEqualTo(1);
		}
		assertThat(jdbc.sql("select count(*) from casework_material where application_id = ? and content is null "
				+ "and stored_in = 'DATA_FOLDER'").param(application).query(Long.class).single()).isEqualTo(2);
		assertThat(store.material(application, "m1").orElseThrow().content()).isEqualTo(pdf);
		assertThat(store.material(application, "m1").orElseThrow().fileName()).isEqualTo("../../etc/passwd.pdf");

		Files.write(file, "%PDF-1.4 altered".getBytes());
		assertThatThrownBy(() -> store.material(application, "m2")).hasMessageContaining("does not match its digest");

		ApplicationStore before = new ApplicationStore(jdbc, json, MaterialFileStore.DATABASE, files);
		before.putMaterial(application, "m3", "in-row.pdf", "application/pdf", pdf, sha, Instant.now());
		assertThat(store.material(application, "m3").orElseThrow().content()).as("a row from before the switch")
			.isEqualTo(pdf);
	}

	@Test
	void the_setting_names_one_of_the_stores() {
		assertThat(MaterialFileStore.named("database", hallFolder).inDatabase()).isTrue();
		assertThat(MaterialFileStore.named("data-folder", hallFolder).kind()).isEqualTo("DATA_FOLDER");
		assertThatThrownBy(() -> MaterialFileStore.named("s3", hallFolder)).hasMessageContaining("database or data-folder");
		assertThatThrownBy(() -> hallFolder.get("../x")).isInstanceOf(IllegalArgumentException.class);
	}
}
