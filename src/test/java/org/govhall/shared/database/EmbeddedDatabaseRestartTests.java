package org.govhall.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps its data in the data folder across a restart. */
class EmbeddedDatabaseRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void data_written_before_a_restart_is_there_after_it() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("pg"), false);
				Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
			c.createStatement().execute("create table kept (name text)");
			c.createStatement().execute("insert into kept values ('申请材料')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("pg"), false);
				Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
				ResultSet rs = c.createStatement().executeQuery("select name from kept")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("申请材料");
		}
	}
}
