package org.govhall.identity.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.internal.SecondFactorFlow;
import org.govhall.identity.internal.StaffSecondFactor;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.web.PageFeedback;

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

	private final PageFeedback feedback;

	private final SingleSignOnForms forms;

	SecondFactorController(StaffSecondFactor secondFactor, SecondFactorFlow flow, PageFeedback feedback,
			SingleSignOnForms forms) {
		this.forms = forms;
		this.secondFactor = secondFactor;
		this.flow = flow;
		this.feedback = feedback;
	}

	@GetMapping("/login/second-factor")
	String verifyPage(HttpServletResponse response) {
		forms.allowRedirects(response);
		return "identity/second-factor";
	}

	@PostMapping("/login/second-factor")
	@StaffOnly(refusal = "identity.secondFactor.staffOnly")
	String verify(@RequestParam String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		StaffPrincipal staff = (StaffPrincipal) authentication.getPrincipal();
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
				feedback.refuse(model, "code", "secondFactor.wrong");
				return "identity/second-factor";
			}
		}
	}

	@GetMapping("/account/second-factor")
	@StaffOnly(refusal = "identity.secondFactor.staffOnly")
	String enrolPage(Authentication authentication, Model model, HttpServletResponse response) {
		forms.allowRedirects(response);
		StaffPrincipal staff = (StaffPrincipal) authentication.getPrincipal();
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
	@StaffOnly(refusal = "identity.secondFactor.staffOnly")
	String enrol(@RequestParam String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		StaffPrincipal staff = (StaffPrincipal) authentication.getPrincipal();
		forms.allowRedirects(response);
		if (!secondFactor.confirm(staff.staffId(), staff.getUsername(), code)) {
			feedback.refuse(model, "code", "secondFactor.wrong");
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
}
