package org.govhall.catalog.web;

import org.govhall.catalog.ItemContent.Material;
import org.govhall.catalog.MaterialForm;
import org.govhall.catalog.MaterialKind;
import org.govhall.catalog.MaterialSource;
import org.govhall.catalog.Necessity;

/** One required material (申报材料) as a row of the editor's form; the upload formats as words. */
public class MaterialRow {

	private String name = "";

	private MaterialKind kind = MaterialKind.ORIGINAL;

	private MaterialForm form = MaterialForm.PAPER_OR_ELECTRONIC;

	private Necessity required = Necessity.REQUIRED;

	private String condition = "";

	private MaterialSource source = MaterialSource.APPLICANT;

	private String sourceDetail = "";

	private int copies = 1;

	private boolean blankForm;

	private boolean sample;

	private String notes = "";

	private String basis = "";

	private String fileFormats = ListsAsText.words(Material.DEFAULT_FORMATS);

	private int maxSizeMb = Material.DEFAULT_MAX_SIZE_MB;

	static MaterialRow of(Material m) {
		MaterialRow row = new MaterialRow();
		row.name = m.name();
		row.kind = m.kind();
		row.form = m.form();
		row.required = m.required();
		row.condition = m.condition();
		row.source = m.source();
		row.sourceDetail = m.sourceDetail();
		row.copies = m.copies();
		row.blankForm = m.blankForm();
		row.sample = m.sample();
		row.notes = m.notes();
		row.basis = m.basis();
		row.fileFormats = ListsAsText.words(m.fileFormats());
		row.maxSizeMb = m.maxSizeMb();
		return row;
	}

	Material material() {
		return new Material(name, kind, form, required, condition, source, sourceDetail, copies, blankForm, sample,
				notes, basis, ListsAsText.words(fileFormats), maxSizeMb);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public MaterialKind getKind() { return kind; }
	public void setKind(MaterialKind kind) { this.kind = kind; }
	public MaterialForm getForm() { return form; }
	public void setForm(MaterialForm form) { this.form = form; }
	public Necessity getRequired() { return required; }
	public void setRequired(Necessity required) { this.required = required; }
	public String getCondition() { return condition; }
	public void setCondition(String condition) { this.condition = condition; }
	public MaterialSource getSource() { return source; }
	public void setSource(MaterialSource source) { this.source = source; }
	public String getSourceDetail() { return sourceDetail; }
	public void setSourceDetail(String sourceDetail) { this.sourceDetail = sourceDetail; }
	public int getCopies() { return copies; }
	public void setCopies(int copies) { this.copies = copies; }
	public boolean isBlankForm() { return blankForm; }
	public void setBlankForm(boolean blankForm) { this.blankForm = blankForm; }
	public boolean isSample() { return sample; }
	public void setSample(boolean sample) { this.sample = sample; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public String getBasis() { return basis; }
	public void setBasis(String basis) { this.basis = basis; }
	public String getFileFormats() { return fileFormats; }
	public void setFileFormats(String fileFormats) { this.fileFormats = fileFormats; }
	public int getMaxSizeMb() { return maxSizeMb; }
	public void setMaxSizeMb(int maxSizeMb) { this.maxSizeMb = maxSizeMb; }
}
