package org.govhall.casework.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.govhall.shared.web.ProblemException;

/**
 * The checks of an uploaded material: read while streaming and cut off at the limit (never buffered beyond it),
 * the type sniffed from the content (the name and the declared type are not trusted), only the formats the
 * catalogue allows for the material, archives refused (an OFD document is a ZIP container and is accepted only as
 * one: {@code OFD.xml} at its root, no archive inside), and polyglots refused (a PDF or image that is also an
 * archive or carries markup). The file name is kept for display only, stripped of any path.
 */
public final class MaterialFiles {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private MaterialFiles() {
	}

	/** A file that passed: its sniffed format, content type, bytes and SHA-256. */
	public record Checked(String format, String contentType, byte[] content, String sha256, String displayName) {
	}

	public static Checked check(InputStream in, String fileName, List<String> formats, int maxSizeMb) {
		byte[] content = readAtMost(in, (long) maxSizeMb * 1024 * 1024);
		if (content.length == 0) {
			throw ProblemException.invalid("file", "casework.material.empty");
		}
		String format = sniff(content);
		if (format == null) {
			throw ProblemException.invalid("file", "casework.material.unknownType", String.join("、", formats));
		}
		if (!formats.contains(format) && !("jpg".equals(format) && formats.contains("jpeg"))) {
			throw ProblemException.invalid("file", "casework.material.formatNotAllowed", format.toUpperCase(Locale.ROOT),
					String.join("、", formats));
		}
		if (!"ofd".equals(format) && (indexOf(content, ZIP, 1) >= 0 || carriesMarkup(content))) {
			throw ProblemException.invalid("file", "casework.material.polyglot");
		}
		return new Checked(format, contentType(format), content, sha256(content), displayName(fileName, format));
	}

	private static byte[] readAtMost(InputStream in, long max) {
		try (in) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			long total = 0;
			int n;
			while ((n = in.read(buffer)) != -1) {
				total += n;
				if (total > max) {
					throw ProblemException.invalid("file", "casework.material.tooLarge", max / (1024 * 1024));
				}
				out.write(buffer, 0, n);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The format by content: pdf, png, jpg, ofd; null for anything else (other archives included). */
	static String sniff(byte[] content) {
		if (startsWith(content, PDF)) {
			return "pdf";
		}
		if (startsWith(content, PNG)) {
			return "png";
		}
		if (startsWith(content, JPEG)) {
			return "jpg";
		}
		if (startsWith(content, ZIP)) {
			return isOfd(content) ? "ofd" : null;
		}
		return null;
	}

	/** An OFD package: {@code OFD.xml} at the root, and no archive inside it. */
	private static boolean isOfd(byte[] content) {
		boolean root = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > 10_000) {
					return false;
				}
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if (name.equals("ofd.xml")) {
					root = true;
				}
				if (name.endsWith(".zip") || name.endsWith(".rar") || name.endsWith(".7z") || name.endsWith(".jar")) {
					return false;
				}
			}
		}
		catch (ZipException | IllegalArgumentException broken) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return root;
	}

	private static boolean carriesMarkup(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		return head.contains("<script") || head.contains("<html") || head.contains("<svg");
	}

	private static String contentType(String format) {
		return switch (format) {
			case "pdf" -> "application/pdf";
			case "png" -> "image/png";
			case "jpg" -> "image/jpeg";
			case "ofd" -> "application/ofd";
			default -> "application/octet-stream";
		};
	}

	/** The name to show: no directories, no control characters, at most 100 characters, never a path. */
	static String displayName(String fileName, String format) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "材料." + format;
		}
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] content, byte[] pattern, int from) {
		outer:
		for (int i = from; i <= content.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (content[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
