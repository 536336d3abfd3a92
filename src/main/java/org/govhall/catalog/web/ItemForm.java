package org.govhall.catalog.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.govhall.catalog.Audience;
import org.govhall.catalog.CaseType;
import org.govhall.catalog.ExerciseLevel;
import org.govhall.catalog.ItemContent.Fee;
import org.govhall.catalog.ItemContent.TimeLimit;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.ItemType;
import org.govhall.catalog.OnlineDepth;
import org.govhall.catalog.ServiceItem;
import org.govhall.catalog.TimeUnit;

/**
 * The editor's form for an item: plain fields, short lists one per line, the guide and the application form as
 * rows ({@link GuideRows}, {@link FormRows}) that the page adds, removes and moves without saving.
 */
public class ItemForm {

	private String basicCode;

	private String handlingCode = "00";

	private String name;

	private ItemType type = ItemType.ADMINISTRATIVE_LICENSING;

	private ExerciseLevel level = ExerciseLevel.MUNICIPAL;

	private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

	private CaseType caseType = CaseType.PROMISED;

	private int legalLimit = 20;

	private TimeUnit legalUnit = TimeUnit.WORKING_DAYS;

	private String legalNote = "";

	private int promisedLimit = 5;

	private TimeUnit promisedUnit = TimeUnit.WORKING_DAYS;

	private String promisedNote = "";

	private int visits;

	private OnlineDepth onlineDepth = OnlineDepth.FULLY_ONLINE;

	private boolean feeCharged;

	private String feeStandard = "";

	private String feeBasis = "";

	private String lifeEvents = "";

	private String topics = "";

	private String keywords = "";

	private GuideRows guide = new GuideRows();

	private FormRows form = new FormRows();

	static ItemForm of(ServiceItem item) {
		ItemForm form = new ItemForm();
		ItemContent c = item.content();
		form.basicCode = item.basicCode();
		form.handlingCode = item.handlingCode();
		form.name = c.name();
		form.type = c.type();
		form.level = c.level();
		form.audiences = c.audiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(c.audiences());
		form.caseType = c.caseType();
		form.legalLimit = c.legalLimit().value();
		form.legalUnit = c.legalLimit().unit();
		form.legalNote = c.legalLimit().note();
		form.promisedLimit = c.promisedLimit().value();
		form.promisedUnit = c.promisedLimit().unit();
		form.promisedNote = c.promisedLimit().note();
		form.visits = c.visits();
		form.onlineDepth = c.onlineDepth();
		form.feeCharged = c.fee().charged();
		form.feeStandard = c.fee().standard();
		form.feeBasis = c.fee().basis();
		form.lifeEvents = ListsAsText.lines(c.lifeEvents());
		form.topics = ListsAsText.lines(c.topics());
		form.keywords = ListsAsText.lines(c.keywords());
		form.guide = GuideRows.of(c.guide());
		form.form = FormRows.of(c.form());
		return form;
	}

	/** The content as the form stands, for validation when saved. */
	ItemContent content() {
		return new ItemContent(name, type, level, audiences, caseType, new TimeLimit(legalLimit, legalUnit, legalNote),
				new TimeLimit(promisedLimit, promisedUnit, promisedNote), visits, onlineDepth,
				new Fee(feeCharged, feeStandard, feeBasis), ListsAsText.lines(lifeEvents), ListsAsText.lines(topics),
				ListsAsText.lines(keywords), guide.guide(), form.form());
	}

	public String getBasicCode() { return basicCode; }
	public void setBasicCode(String basicCode) { this.basicCode = basicCode == null ? null : basicCode.strip(); }
	public String getHandlingCode() { return handlingCode; }
	public void setHandlingCode(String handlingCode) { this.handlingCode = handlingCode == null ? null : handlingCode.strip(); }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public ItemType getType() { return type; }
	public void setType(ItemType type) { this.type = type; }
	public ExerciseLevel getLevel() { return level; }
	public void setLevel(ExerciseLevel level) { this.level = level; }
	public Set<Audience> getAudiences() { return audiences; }
	public void setAudiences(Set<Audience> audiences) { this.audiences = audiences == null ? EnumSet.noneOf(Audience.class) : audiences; }
	public CaseType getCaseType() { return caseType; }
	public void setCaseType(CaseType caseType) { this.caseType = caseType; }
	public int getLegalLimit() { return legalLimit; }
	public void setLegalLimit(int legalLimit) { this.legalLimit = legalLimit; }
	public TimeUnit getLegalUnit() { return legalUnit; }
	public void setLegalUnit(TimeUnit legalUnit) { this.legalUnit = legalUnit; }
	public String getLegalNote() { return legalNote; }
	public void setLegalNote(String legalNote) { this.legalNote = legalNote; }
	public int getPromisedLimit() { return promisedLimit; }
	public void setPromisedLimit(int promisedLimit) { this.promisedLimit = promisedLimit; }
	public TimeUnit getPromisedUnit() { return promisedUnit; }
	public void setPromisedUnit(TimeUnit promisedUnit) { this.promisedUnit = promisedUnit; }
	public String getPromisedNote() { return promisedNote; }
	public void setPromisedNote(String promisedNote) { this.promisedNote = promisedNote; }
	public int getVisits() { return visits; }
	public void setVisits(int visits) { this.visits = visits; }
	public OnlineDepth getOnlineDepth() { return onlineDepth; }
	public void setOnlineDepth(OnlineDepth onlineDepth) { this.onlineDepth = onlineDepth; }
	public boolean isFeeCharged() { return feeCharged; }
	public void setFeeCharged(boolean feeCharged) { this.feeCharged = feeCharged; }
	public String getFeeStandard() { return feeStandard; }
	public void setFeeStandard(String feeStandard) { this.feeStandard = feeStandard; }
	public String getFeeBasis() { return feeBasis; }
	public void setFeeBasis(String feeBasis) { this.feeBasis = feeBasis; }
	public String getLifeEvents() { return lifeEvents; }
	public void setLifeEvents(String lifeEvents) { this.lifeEvents = lifeEvents; }
	public String getTopics() { return topics; }
	public void setTopics(String topics) { this.topics = topics; }
	public String getKeywords() { return keywords; }
	public void setKeywords(String keywords) { this.keywords = keywords; }
	public GuideRows getGuide() { return guide; }
	public void setGuide(GuideRows guide) { this.guide = guide; }
	public FormRows getForm() { return form; }
	public void setForm(FormRows form) { this.form = form; }
}
