package org.govhall.casework;

import java.util.List;

/**
 * A material (申请材料) of an application: to upload, exempt because shared data or a licence proves it (免提交), or
 * on paper at the counter.
 *
 * @param key the material's key, {@code <implementation code>/<index in the guide>}
 * @param item the implementation code of the item asking for it
 * @param name what it is
 * @param required whether it must be there before submission
 * @param condition when it is needed, for a conditional material
 * @param exemptBecause why it need not be handed in (the shared resource or licence that proves it), if exempt
 * @param fileFormats the accepted file formats
 * @param maxSizeMb the largest file
 * @param uploaded the uploaded file (or the attached licence), if any
 * @param offered the applicant's electronic licences that prove it, to attach instead of a file
 */
public record MaterialRequirement(String key, String item, String name, boolean required, String condition,
		String exemptBecause, List<String> fileFormats, int maxSizeMb, UploadedFile uploaded,
		List<LicenceOffer> offered) {

	public boolean exempt() {
		return exemptBecause != null;
	}

	/**
	 * An uploaded file: its name as given (for display only), type as sniffed, size and digest; or an attached
	 * electronic licence, named by its identifier, whose credential is the content.
	 */
	public record UploadedFile(String fileName, String contentType, long size, String sha256,
			String licenceIdentifier) {

		public boolean licence() {
			return licenceIdentifier != null;
		}
	}
}
