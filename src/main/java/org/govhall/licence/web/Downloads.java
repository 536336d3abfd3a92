package org.govhall.licence.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A licence's file as a download: its type, a UTF-8 file name, and never cached (it may hold personal data). */
final class Downloads {

	static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

	static final MediaType OFD = MediaType.parseMediaType("application/ofd");

	private Downloads() {
	}

	static <T> ResponseEntity<T> attachment(MediaType type, String fileName, T body) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
	}
}
