package org.govhall.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;
import org.govhall.catalog.ApplicationForm.Rule;
import org.govhall.catalog.Audience;
import org.govhall.catalog.CaseType;
import org.govhall.catalog.CatalogueEditing;
import org.govhall.catalog.ExerciseLevel;
import org.govhall.catalog.ItemType;
import org.govhall.catalog.MaterialForm;
import org.govhall.catalog.MaterialKind;
import org.govhall.catalog.MaterialSource;
import org.govhall.catalog.Necessity;
import org.govhall.catalog.NewServiceItem;
import org.govhall.catalog.OnlineDepth;
import org.govhall.catalog.ResultType;
import org.govhall.catalog.ServiceItem;
import org.govhall.catalog.TimeUnit;
import org.govhall.catalog.internal.CatalogueEditors;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.forms.DataElement;
import org.govhall.shared.forms.FieldType;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.web.Feedback;
import org.govhall.shared.web.PageFeedback;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;
import static org.govhall.shared.security.StaffRole.DATA_STEWARD;

/**
 * The editor of one service item (事项编辑) on the staff workbench: the catalogue elements as fields, the guide and
 * the application form as rows that the steward adds, removes and moves, with the form previewed as the applicant
 * will see it. Rows and the preview are plain form posts (buttons {@code row} and {@code preview}) that show the
 * page again with nothing saved, so the editor works without script; mistakes are shown at their rows.
 */
@Controller
@StaffOnly(value = { DATA_STEWARD, ADMINISTRATOR }, refusal = "catalog.editor.role")
class ItemEditorController {

	private static final String NEW = "/workbench/catalogue/items";

	private static final String ITEM = "/workbench/catalogue/items/{code}";

	private final CatalogueEditing editing;

	private final OrganisationDirectory organisation;

	private final MessageSource messages;

	private final PageFeedback feedback;

	ItemEditorController(CatalogueEditing editing, OrganisationDirectory organisation, MessageSource messages,
			PageFeedback feedback) {
		this.editing = editing;
		this.organisation = organisation;
		this.messages = messages;
		this.feedback = feedback;
	}

	@GetMapping(NEW + "/new")
	String newItem(Model model, Locale locale) {
		CatalogueEditors.editorOf(StaffMember.signedIn().departmentCode());
		return page(new ItemForm(), null, null, model, locale);
	}

	@GetMapping(ITEM + "/edit")
	String edit(@PathVariable String code, Model model, Locale locale) {
		ServiceItem latest = editing.latest(code);
		return page(ItemForm.of(latest), latest, null, model, locale);
	}

	@PostMapping(NEW)
	String create(@ModelAttribute("item") ItemForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		StaffMember staff = StaffMember.signedIn();
		Optional<ServiceItem> created = binding.hasErrors() ? Optional.empty()
				: saved(binding, () -> editing.createDraft(new NewServiceItem(form.getBasicCode(),
						form.getHandlingCode(), staff.departmentCode(), divisionOf(staff), form.content())));
		if (created.isEmpty()) {
			return page(form, null, binding, model, locale);
		}
		feedback.done(redirect, "catalog.workbench.saved");
		return "redirect:/workbench/catalogue/items/" + created.get().implementationCode() + "/edit";
	}

	@PostMapping(ITEM)
	String save(@PathVariable String code, @ModelAttribute("item") ItemForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (binding.hasErrors() || saved(binding, () -> editing.saveDraft(code, form.content())).isEmpty()) {
			return page(form, editing.latest(code), binding, model, locale);
		}
		feedback.done(redirect, "catalog.workbench.saved");
		return "redirect:/workbench/catalogue/items/" + code + "/edit";
	}

	/** Adds, removes or moves a row and shows the form again, unsaved, with the focus where the row went. */
	@PostMapping(path = { NEW, ITEM }, params = "row")
	String rearrange(@PathVariable(required = false) String code, @ModelAttribute("item") ItemForm form,
			BindingResult binding, @RequestParam String row, Model model, Locale locale) {
		ServiceItem existing = code == null ? null : editing.latest(code);
		RowEdit edit = RowEdit.parse(row, form)
			.orElseThrow(() -> ProblemException.invalid("row", "catalog.edit.row.unknown", row));
		model.addAttribute("focus", edit.applyTo(form));
		feedback.done(model, "catalog.edit.row." + edit.move().name().toLowerCase(Locale.ROOT),
				messages.getMessage("catalog.edit.field." + edit.list().path(), null, locale), edit.rowNumberAfter());
		return page(form, existing, binding, model, locale);
	}

	/** Shows the form again, unsaved, with the focus on the preview of the application form. */
	@PostMapping(path = { NEW, ITEM }, params = "preview")
	String preview(@PathVariable(required = false) String code, @ModelAttribute("item") ItemForm form,
			BindingResult binding, Model model, Locale locale) {
		ServiceItem existing = code == null ? null : editing.latest(code);
		model.addAttribute("focus", "preview");
		return page(form, existing, binding, model, locale);
	}

	/** Runs the saving; a refusal lands on the form's binding result at the control it is about. */
	private Optional<ServiceItem> saved(BindingResult binding, Supplier<ServiceItem> saving) {
		try {
			return Optional.of(saving.get());
		}
		catch (ConstraintViolationException invalid) {
			ContentViolations.reject(invalid, binding);
		}
		catch (ProblemException problem) {
			Feedback refusal = feedback.refusal(problem);
			String field = refusal.field();
			binding.addError(field != null && binding.getFieldType(field) != null
					? new FieldError(binding.getObjectName(), field, binding.getRawFieldValue(field), false, null, null,
							refusal.text())
					: new ObjectError(binding.getObjectName(), refusal.text()));
		}
		return Optional.empty();
	}

	private String page(ItemForm form, ServiceItem existing, BindingResult binding, Model model, Locale locale) {
		model.addAttribute("item", form);
		model.addAttribute("existing", existing);
		model.addAttribute("problems", binding == null ? List.of() : EditorProblem.of(binding, messages, locale));
		model.addAttribute("preview", FormPreview.of(form.getForm().form(), messages, locale));
		model.addAttribute("types", ItemType.values());
		model.addAttribute("levels", ExerciseLevel.values());
		model.addAttribute("audienceValues", Audience.values());
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("units", TimeUnit.values());
		model.addAttribute("depths", OnlineDepth.values());
		model.addAttribute("materialKinds", MaterialKind.values());
		model.addAttribute("materialForms", MaterialForm.values());
		model.addAttribute("necessities", Necessity.values());
		model.addAttribute("sources", MaterialSource.values());
		model.addAttribute("resultTypes", ResultType.values());
		model.addAttribute("elements", DataElement.values());
		model.addAttribute("fieldTypes", FieldType.values());
		model.addAttribute("ruleKinds", Rule.Kind.values());
		return "catalog/edit";
	}

	private String divisionOf(StaffMember staff) {
		return organisation.departmentByCode(staff.departmentCode()).map(d -> d.divisionCode()).orElse("310000");
	}
}
