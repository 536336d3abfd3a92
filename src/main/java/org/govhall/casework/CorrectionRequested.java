package org.govhall.casework;

/** Event: a department asked once for corrections (补正); its clock pauses. */
public record CorrectionRequested(CaseFacts facts) {
}
