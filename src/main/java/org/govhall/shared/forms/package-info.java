/**
 * Application forms' vocabulary (表单数据元): the data elements every item's form binds its fields to
 * ({@link org.govhall.shared.forms.DataElement}), the field types, and how a typed value is read and checked
 * ({@link org.govhall.shared.forms.FieldValues}). The catalogue defines forms with it, casework fills and checks
 * them, the exchange's resources say which element a field of theirs holds.
 */
package org.govhall.shared.forms;
