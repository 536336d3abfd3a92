package org.govhall.catalog.web;

import org.govhall.catalog.ItemContent.Faq;

/** One question people often ask (常见问题) as a row of the editor's form. */
public class FaqRow {

	private String question = "";

	private String answer = "";

	static FaqRow of(Faq faq) {
		FaqRow row = new FaqRow();
		row.question = faq.question();
		row.answer = faq.answer();
		return row;
	}

	Faq faq() {
		return new Faq(question, answer);
	}

	public String getQuestion() { return question; }
	public void setQuestion(String question) { this.question = question; }
	public String getAnswer() { return answer; }
	public void setAnswer(String answer) { this.answer = answer; }
}
