package org.govhall.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.govhall.catalog.ItemContent.Guide;
import org.govhall.catalog.ItemContent.Result;
import org.govhall.catalog.ResultType;

/**
 * The guide (办事指南) on the editor's form: its lists as rows ({@code guide.materials[0].name}), its single facts
 * as fields. A guide with nothing written in it is no guide: the item has none yet.
 */
public class GuideRows {

	private List<String> basis = new ArrayList<>();

	private List<String> conditions = new ArrayList<>();

	private List<MaterialRow> materials = new ArrayList<>();

	private List<StepRow> steps = new ArrayList<>();

	private List<SpecialProcedureRow> specialProcedures = new ArrayList<>();

	private List<FaqRow> faqs = new ArrayList<>();

	private String location = "";

	private String hours = "";

	private String consultation = "";

	private String supervision = "";

	private ResultType resultType = ResultType.LICENCE;

	private String resultName = "";

	private String resultLicenceType = "";

	private String quantityLimit = "";

	private String intermediary = "";

	private String commitment = "";

	static GuideRows of(Guide guide) {
		GuideRows rows = new GuideRows();
		if (guide == null) {
			return rows;
		}
		rows.basis = new ArrayList<>(guide.basis());
		rows.conditions = new ArrayList<>(guide.conditions());
		rows.materials = new ArrayList<>(guide.materials().stream().map(MaterialRow::of).toList());
		rows.steps = new ArrayList<>(guide.steps().stream().map(StepRow::of).toList());
		rows.specialProcedures = new ArrayList<>(guide.specialProcedures().stream().map(SpecialProcedureRow::of).toList());
		rows.faqs = new ArrayList<>(guide.faqs().stream().map(FaqRow::of).toList());
		rows.location = guide.location();
		rows.hours = guide.hours();
		rows.consultation = guide.consultation();
		rows.supervision = guide.supervision();
		if (guide.result() != null) {
			rows.resultType = guide.result().type();
			rows.resultName = guide.result().name();
			rows.resultLicenceType = guide.result().licenceType() == null ? "" : guide.result().licenceType();
		}
		rows.quantityLimit = guide.quantityLimit();
		rows.intermediary = guide.intermediary();
		rows.commitment = guide.commitment();
		return rows;
	}

	/** The guide, or none when nothing of it is written. */
	Guide guide() {
		if (isEmpty()) {
			return null;
		}
		return new Guide(basis.stream().toList(), conditions.stream().toList(),
				materials.stream().map(MaterialRow::material).toList(), steps.stream().map(StepRow::step).toList(),
				specialProcedures.stream().map(SpecialProcedureRow::procedure).toList(), location, hours, consultation,
				supervision, new Result(resultType, resultName, resultLicenceType), quantityLimit, intermediary, commitment,
				faqs.stream().map(FaqRow::faq).toList());
	}

	private boolean isEmpty() {
		return basis.isEmpty() && conditions.isEmpty() && materials.isEmpty() && steps.isEmpty()
				&& specialProcedures.isEmpty() && faqs.isEmpty()
				&& Stream.of(location, hours, consultation, supervision, resultName, quantityLimit, intermediary, commitment)
					.allMatch(s -> s == null || s.isBlank());
	}

	public List<String> getBasis() { return basis; }
	public void setBasis(List<String> basis) { this.basis = basis; }
	public List<String> getConditions() { return conditions; }
	public void setConditions(List<String> conditions) { this.conditions = conditions; }
	public List<MaterialRow> getMaterials() { return materials; }
	public void setMaterials(List<MaterialRow> materials) { this.materials = materials; }
	public List<StepRow> getSteps() { return steps; }
	public void setSteps(List<StepRow> steps) { this.steps = steps; }
	public List<SpecialProcedureRow> getSpecialProcedures() { return specialProcedures; }
	public void setSpecialProcedures(List<SpecialProcedureRow> specialProcedures) { this.specialProcedures = specialProcedures; }
	public List<FaqRow> getFaqs() { return faqs; }
	public void setFaqs(List<FaqRow> faqs) { this.faqs = faqs; }
	public String getLocation() { return location; }
	public void setLocation(String location) { this.location = location; }
	public String getHours() { return hours; }
	public void setHours(String hours) { this.hours = hours; }
	public String getConsultation() { return consultation; }
	public void setConsultation(String consultation) { this.consultation = consultation; }
	public String getSupervision() { return supervision; }
	public void setSupervision(String supervision) { this.supervision = supervision; }
	public ResultType getResultType() { return resultType; }
	public void setResultType(ResultType resultType) { this.resultType = resultType; }
	public String getResultName() { return resultName; }
	public void setResultName(String resultName) { this.resultName = resultName; }
	public String getResultLicenceType() { return resultLicenceType; }
	public void setResultLicenceType(String resultLicenceType) { this.resultLicenceType = resultLicenceType; }
	public String getQuantityLimit() { return quantityLimit; }
	public void setQuantityLimit(String quantityLimit) { this.quantityLimit = quantityLimit; }
	public String getIntermediary() { return intermediary; }
	public void setIntermediary(String intermediary) { this.intermediary = intermediary; }
	public String getCommitment() { return commitment; }
	public void setCommitment(String commitment) { this.commitment = commitment; }
}
