package org.govhall.casework;

import java.util.List;

import org.govhall.shared.forms.FieldType;

/**
 * One entry of an application's form as the applicant fills it in: for a bundle, the merged entry of every member
 * item that asks for it (一表制).
 *
 * @param key the entry's key in the answers, e.g. {@code companyName}, or {@code XK00101001.companyType} for a
 *        bundle member's own field
 * @param element the data element it holds, if any (its name in {@code element.*} messages)
 * @param label the label the item gives it, if any (otherwise the element's name)
 * @param type the field type
 * @param required whether it must be filled in
 * @param options the choices of a choice field
 * @param maxLength the longest value
 * @param hint a line of help
 * @param items the implementation codes of the items asking for it
 * @param value the value so far
 * @param verified whether the value was read from a register (已核验): locked
 * @param source the register resource a verified value came from
 */
public record FormField(String key, String element, String label, FieldType type, boolean required,
		List<String> options, int maxLength, String hint, List<String> items, String value, boolean verified,
		String source) {
}
