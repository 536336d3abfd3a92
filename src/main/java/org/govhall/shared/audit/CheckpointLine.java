package org.govhall.shared.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of a checkpoint file: a checkpoint as one JSON object, e.g.
 * {@code {"v":1,"node":"hall-1","seq":42,"hash":"…","algorithm":"SM3","at":"2026-11-30T08:00:00.123Z",
 * "previous":"…","key":"…","signatureAlgorithm":"SM2","signature":"…"}}. A line that is not a whole JSON value was
 * cut short by a crash ({@link Kind#TORN}); a whole object that is not a valid checkpoint was altered
 * ({@link Kind#MALFORMED}).
 */
record CheckpointLine(Kind kind, ChainCheckpoint checkpoint) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	enum Kind {
		BLANK, TORN, MALFORMED, CHECKPOINT
	}

	static CheckpointLine read(String line) {
		if (line.isBlank()) {
			return new CheckpointLine(Kind.BLANK, null);
		}
		JsonNode node;
		try {
			node = JSON.readTree(line);
		}
		catch (JacksonException cutShort) {
			return new CheckpointLine(Kind.TORN, null);
		}
		try {
			return new CheckpointLine(Kind.CHECKPOINT, checkpoint(node));
		}
		catch (IllegalArgumentException | DateTimeParseException invalid) {
			return new CheckpointLine(Kind.MALFORMED, null);
		}
	}

	static String write(ChainCheckpoint c) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("v", 1);
		fields.put("node", c.node());
		fields.put("seq", c.seq());
		fields.put("hash", c.hash());
		fields.put("algorithm", c.algorithm());
		fields.put("at", c.at().toString());
		fields.put("previous", c.previous());
		fields.put("key", c.key());
		fields.put("signatureAlgorithm", c.signatureAlgorithm());
		fields.put("signature", c.signature());
		return JSON.writeValueAsString(fields);
	}

	private static ChainCheckpoint checkpoint(JsonNode node) {
		if (!node.isObject() || node.path("v").asInt(0) != 1 || !node.path("seq").isIntegralNumber()) {
			throw new IllegalArgumentException("not a checkpoint of format 1");
		}
		return new ChainCheckpoint(text(node, "node"), node.path("seq").longValue(), text(node, "hash"),
				text(node, "algorithm"), Instant.parse(text(node, "at")), text(node, "previous"), text(node, "key"),
				text(node, "signatureAlgorithm"), text(node, "signature"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString()) {
			throw new IllegalArgumentException("checkpoint field " + field + " is missing");
		}
		return value.stringValue();
	}
}
