package org.govhall.identity.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.internal.SecondFactorFlow;
import org.govhall.identity.internal.StaffSecondFactor;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff's second factor: the code after the password, and enrolling an authenticator app. */
@Controller
class SecondFactorController {

	private final StaffSecondFactor secondFactor;

	private final SecondFactorFlow flow;

	private final MessageSource messages;

	private final SingleSignOnForms forms;

	SecondFactorController(StaffSecondFactor secondFactor, SecondFactorFlow flow, MessageSource messages,
			SingleSignOnForms forms) {
		this.forms = forms;
		this.secondFactor = secondFactor;
		this.flow = flow;
		this.messages = messages;
	}

	@GetMapping("/login/second-factor")
	String verifyPage(HttpServletResponse response) {
		forms.allowRedirects(response);
		return "identity/second-factor";
	}

	@PostMapping("/login/second-factor")
	String verify(@RequestParam String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) throws IOException, ServletException {
		StaffPrincipal staff = staff(authentication);
		forms.allowRedirects(response);
		switch (secondFactor.verify(staff.staffId(), staff.getUsername(), code)) {
			case PASSED -> {
				flow.passed(request, response, authentication);
				return null;
			}
			case LOCKED -> {
				// too many wrong codes: the half-signed-in session ends with the lock
				new SecurityContextLogoutHandler().logout(request, response, authentication);
				return "redirect:/login?error=secondFactorLocked";
			}
			default -> {
				model.addAttribute("error", messages.getMessage("secondFactor.wrong", null, locale));
				return "identity/second-factor";
			}
		}
	}

	@GetMapping("/account/second-factor")
	String enrolPage(Authentication authentication, Model model, HttpServletResponse response) {
		forms.allowRedirects(response);
		StaffPrincipal staff = staff(authentication);
		model.addAttribute("enrolled", secondFactor.enrolled(staff.staffId()));
		if (!secondFactor.enrolled(staff.staffId())) {
			String secret = secondFactor.beginEnrolment(staff.staffId());
			String uri = "otpauth://totp/GovHall:" + staff.getUsername() + "?secret=" + secret
					+ "&issuer=GovHall&algorithm=SHA1&digits=6&period=30";
			model.addAttribute("secret", secret).addAttribute("qr", QrCodes.svg(uri));
		}
		return "identity/second-factor-enrol";
	}

	@PostMapping("/account/second-factor")
	String enrol(@RequestParam String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) throws IOException, ServletException {
		StaffPrincipal staff = staff(authentication);
		forms.allowRedirects(response);
		if (!secondFactor.confirm(staff.staffId(), staff.getUsername(), code)) {
			model.addAttribute("error", messages.getMessage("secondFactor.wrong", null, locale));
			model.addAttribute("enrolled", false);
			secondFactor.pendingSecret(staff.staffId()).ifPresent(secret -> model.addAttribute("secret", secret)
				.addAttribute("qr", QrCodes.svg("otpauth://totp/GovHall:" + staff.getUsername() + "?secret=" + secret
						+ "&issuer=GovHall&algorithm=SHA1&digits=6&period=30")));
			return "identity/second-factor-enrol";
		}
		if (flow.owed(request)) {
			flow.passed(request, response, authentication);
			return null;
		}
		return "redirect:/workbench";
	}

	private static StaffPrincipal staff(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
			throw ProblemException.forbidden("identity.secondFactor.staffOnly");
		}
		return staff;
	}
}
