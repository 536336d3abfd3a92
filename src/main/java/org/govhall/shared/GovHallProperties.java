package org.govhall.shared;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every platform setting under {@code govhall.*}; each can be set by an environment variable, e.g.
 * {@code GOVHALL_DB_URL} for {@code govhall.db.url}.
 *
 * @param dataDir where the hall keeps its files: the embedded database, generated keys, calendar files
 * @param zone the hall's time zone; "today" for deadlines is a date in this zone
 * @param db the database: embedded PostgreSQL unless {@code url} is set
 * @param audit the audit trail
 * @param demo demo data for a fresh hall
 */
@ConfigurationProperties("govhall")
public record GovHallProperties(@DefaultValue("data") Path dataDir, @DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue Db db, @DefaultValue Audit audit, @DefaultValue Demo demo) {

	/**
	 * @param url JDBC URL of an external PostgreSQL; blank starts the embedded one under {@code dataDir/pg}
	 * @param username user for the external database
	 * @param password password for the external database (never in the repository: set it in the environment)
	 * @param maximumPoolSize connections in the pool
	 * @param embeddedClean wipe the embedded database at start (tests only)
	 */
	public record Db(String url, @DefaultValue("postgres") String username, String password,
			@DefaultValue("10") int maximumPoolSize, @DefaultValue("false") boolean embeddedClean) {

		public boolean external() {
			return url != null && !url.isBlank();
		}
	}

	/**
	 * @param hashAlgorithm {@code SM3} (GB/T 32905) or {@code SHA-256} for new entries of the chain
	 */
	public record Audit(@DefaultValue("SM3") String hashAlgorithm) {
	}

	/**
	 * @param enabled create the demo organisation and data on first start (never in production)
	 * @param password the password of every demo staff account
	 */
	public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("GovHall@2026") String password) {
	}
}
