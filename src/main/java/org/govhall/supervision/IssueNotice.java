package org.govhall.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a supervisor says in a notice.
 *
 * @param department the department's code
 * @param caseNumber the case it is about, optional
 * @param subject what it is about
 * @param body what the department is asked to do
 * @param answerDays working days to answer (1–20; the hall's default if null)
 */
public record IssueNotice(@NotBlank @Size(max = 32) String department,
		@Size(max = 24) @Pattern(regexp = "[A-Za-z0-9-]*") String caseNumber, @NotBlank @Size(max = 200) String subject,
		@NotBlank @Size(max = 2000) String body, @Min(1) @Max(20) Integer answerDays) {
}
