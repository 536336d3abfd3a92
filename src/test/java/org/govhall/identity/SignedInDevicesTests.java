package org.govhall.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.govhall.support.Citizens;
import org.govhall.support.Citizens.Someone;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed-in devices of the personal space: the live ones (this device and those used in the last ten minutes)
 * in the table, most recently used first; devices left signed in but unused for longer folded away beneath it,
 * still each with its button to sign it out.
 */
@GovHallTest
class SignedInDevicesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_personal_space_lists_the_live_devices_first_and_folds_the_older_ones_away_in_either_language() {
		Someone someone = Citizens.unregistered(jdbc);
		HallClient leftAQuarterAgo = Citizens.signedIn(port, jdbc, someone);
		HallClient leftTwentyFiveMinutesAgo = Citizens.signIn(port, someone.mobile());
		HallClient phone = Citizens.signIn(port, someone.mobile());
		HallClient laptop = Citizens.signIn(port, someone.idNumber());
		String subject = laptop.get("/api/v1/identity/me").jsonPath().getString("subject");
		List<String> sessions = jdbc
			.sql("select session_id from spring_session where principal_name = ? order by creation_time")
			.param(subject).query(String.class).list();
		assertThat(sessions).hasSize(4);
		idle(sessions.get(0), 15);
		idle(sessions.get(1), 25);

		String page = laptop.get("/my").body().asString();
		String live = between(page, "id=\"session-list\"", "</table>");
		String older = between(page, "id=\"older-sessions\"", "</details>");
		assertThat(rows(live)).isEqualTo(2);
		assertThat(live).contains("当前设备", handle(sessions.get(2)));
		assertThat(live.indexOf("当前设备")).as("this device, just used, first")
			.isLessThan(live.indexOf(handle(sessions.get(2))));
		assertThat(rows(older)).isEqualTo(2);
		assertThat(older).contains("较早的登录（2 个）：超过 10 分钟未使用或已过期");
		assertThat(older.indexOf(handle(sessions.get(0)))).as("the more recently used first").isPositive()
			.isLessThan(older.indexOf(handle(sessions.get(1))));
		assertThat(page).contains("<details id=\"older-sessions\"").doesNotContain("<details id=\"older-sessions\" open");

		String english = laptop.get("/my?lang=en").body().asString();
		assertThat(between(english, "id=\"older-sessions\"", "</details>"))
			.contains("Older sign-ins (2): not used for more than 10 minutes, or expired");

		// an older device is signed out from beneath the fold like any other
		laptop.postForm("/my/sessions/" + handle(sessions.get(1)) + "/end", Map.of());
		assertThat(leftTwentyFiveMinutesAgo.get("/my").statusCode()).isEqualTo(302);
		assertThat(rows(between(laptop.get("/my").body().asString(), "id=\"older-sessions\"", "</details>")))
			.isEqualTo(1);
		assertThat(phone.get("/my").statusCode()).isEqualTo(200);
		assertThat(leftAQuarterAgo.get("/my").statusCode()).as("folded away, still signed in").isEqualTo(200);
	}

	/** Makes a session look unused for some minutes (as a browser closed without signing out leaves it). */
	private void idle(String sessionId, int minutes) {
		jdbc.sql("""
				update spring_session set last_access_time = last_access_time - ?,
				       expiry_time = last_access_time - ? + max_inactive_interval * 1000::bigint
				where session_id = ?""").params(minutes * 60_000L, minutes * 60_000L, sessionId).update();
	}

	private static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		assertThat(start).as("%s on the page", from).isNotNegative();
		return page.substring(start, page.indexOf(to, start));
	}

	private static int rows(String table) {
		return table.split("<tr>", -1).length - 1 - (table.contains("<thead>") ? 1 : 0);
	}

	/** The handle a form names a session by: the first 8 bytes of the SHA-256 of its id, in hex. */
	private static String handle(String sessionId) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(sessionId.getBytes(StandardCharsets.US_ASCII)), 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
