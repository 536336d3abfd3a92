package org.govhall.identity.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.govhall.identity.internal.OneTimeCodeSignIn;
import org.govhall.identity.internal.SignInPolicy;
import org.govhall.identity.internal.people.CitizenRegistration;
import org.govhall.identity.internal.people.DevelopmentSmsGateway;
import org.govhall.identity.internal.people.Masks;
import org.govhall.identity.internal.people.OneTimeCodes;
import org.govhall.identity.internal.people.PasswordReset;
import org.govhall.identity.internal.people.SmsGateway;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.web.PageFeedback;
import org.govhall.shared.web.ProblemException;
import org.govhall.shared.web.PublicPaths;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's doors into the hall: registration with real-name check (注册), sign-in with a code sent to the
 * mobile (短信登录), password reset (找回密码), and in development the page that shows the texts a real gateway
 * would have sent.
 */
@Controller
class CitizenAccountController {

	private final CitizenRegistration registration;

	private final PasswordReset reset;

	private final OneTimeCodes codes;

	private final SmsGateway sms;

	private final PageFeedback feedback;

	private final OneTimeCodeSignIn signInPages;

	private final SingleSignOnForms forms;

	private final GovHallProperties.Demo demo;

	private final SignInPolicy policy;

	/** The reasons the code sign-in filter sends back to the page. */
	private static final Set<String> CODE_SIGN_IN_ERRORS = Set.of("identity.code.unknown", "identity.code.used",
			"identity.code.expired", "identity.code.tooManyTries", "identity.code.wrong", "signIn.error.locked");

	CitizenAccountController(CitizenRegistration registration, PasswordReset reset, OneTimeCodes codes,
			SmsGateway sms, PageFeedback feedback, OneTimeCodeSignIn signInPages, SingleSignOnForms forms,
			GovHallProperties properties, SignInPolicy policy) {
		this.policy = policy;
		this.demo = properties.demo();
		this.forms = forms;
		this.registration = registration;
		this.reset = reset;
		this.codes = codes;
		this.sms = sms;
		this.feedback = feedback;
		this.signInPages = signInPages;
	}

	@Bean
	static PublicPaths citizenAccountPaths() {
		return PublicPaths.of("/register", "/register/**", "/login/code", "/login/code/send", "/password-reset", "/password-reset/**",
				"/dev/sms", "/api/v1/identity/registrations", "/api/v1/identity/registrations/**");
	}

	@GetMapping("/register")
	String register() {
		return "identity/register";
	}

	@PostMapping("/register")
	String startRegistration(@RequestParam String identityNumber, @RequestParam String name,
			@RequestParam String mobile, @RequestParam String password,
			@RequestParam(defaultValue = "false") boolean consent, HttpServletRequest request, Model model) {
		model.addAttribute("identityNumber", identityNumber).addAttribute("name", name).addAttribute("mobile", mobile);
		UUID[] started = new UUID[1];
		boolean done = feedback.attempt(model, () -> {
			if (!consent) {
				throw ProblemException.invalid("consent", "register.consentMissing");
			}
			started[0] = registration.start(identityNumber, name, mobile, password, request.getRemoteAddr());
		});
		return done ? "redirect:/register/confirm?registration=" + started[0] : "identity/register";
	}

	@GetMapping("/register/confirm")
	String confirmPage(@RequestParam UUID registration, Model model) {
		model.addAttribute("registration", registration)
			.addAttribute("maskedMobile", codes.mobileOf(registration).map(Masks::mobile).orElse("***"));
		return "identity/register-confirm";
	}

	@PostMapping("/register/confirm")
	String confirm(@RequestParam UUID registration, @RequestParam String code, Model model,
			RedirectAttributes redirect) {
		CitizenRegistration.Registered[] done = new CitizenRegistration.Registered[1];
		if (feedback.attempt(model, () -> done[0] = this.registration.confirm(registration, code))) {
			redirect.addAttribute("registered", done[0].account().assurance().name());
			return "redirect:/login";
		}
		return confirmPage(registration, model);
	}

	@GetMapping("/login/code")
	String codeSignIn(@RequestParam(required = false) UUID challenge, @RequestParam(required = false) String mobile,
			@RequestParam(required = false) String error, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		forms.allowRedirects(response);
		model.addAttribute("challenge", challenge).addAttribute("mobile", mobile);
		if (error != null) {
			// only the reasons the sign-in filter gives; the tries left are the code's own
			String key = CODE_SIGN_IN_ERRORS.contains(error) ? error : "identity.code.wrong";
			Object first = switch (key) {
				case "identity.code.expired" -> OneTimeCodes.VALID_FOR.toMinutes();
				case "signIn.error.locked" -> policy.lockDuration().toMinutes();
				default -> challenge == null ? 0 : codes.triesLeft(challenge).orElse(0);
			};
			feedback.refuse(model, "code", key, first);
		}
		return "identity/code-sign-in";
	}

	@PostMapping("/login/code/send")
	String sendSignInCode(@RequestParam String mobile, HttpServletRequest request, Model model) {
		UUID[] challenge = new UUID[1];
		if (feedback.attempt(model, () -> challenge[0] = signInPages.start(mobile, request.getRemoteAddr()))) {
			return "redirect:/login/code?challenge=" + challenge[0] + "&mobile="
					+ URLEncoder.encode(mobile.strip(), StandardCharsets.UTF_8);
		}
		model.addAttribute("mobile", mobile);
		return "identity/code-sign-in";
	}

	@GetMapping("/password-reset")
	String resetPage(@RequestParam(required = false) UUID reset, Model model) {
		model.addAttribute("reset", reset);
		return "identity/password-reset";
	}

	@PostMapping("/password-reset")
	String startReset(@RequestParam String identityNumber, @RequestParam String mobile, HttpServletRequest request,
			Model model) {
		UUID[] started = new UUID[1];
		if (feedback.attempt(model, () -> started[0] = reset.start(identityNumber, mobile, request.getRemoteAddr()))) {
			return "redirect:/password-reset?reset=" + started[0];
		}
		return "identity/password-reset";
	}

	@PostMapping("/password-reset/complete")
	String completeReset(@RequestParam UUID reset, @RequestParam String code, @RequestParam String password,
			Model model) {
		if (feedback.attempt(model, () -> this.reset.complete(reset, code, password))) {
			return "redirect:/login?passwordReset";
		}
		model.addAttribute("reset", reset);
		return "identity/password-reset";
	}

	/**
	 * DEVELOPMENT ONLY: the texts the development adapter "sent". Absent when a real gateway is plugged in or the
	 * hall runs without demo data.
	 */
	@GetMapping("/dev/sms")
	String developmentTexts(Model model) {
		if (!(sms instanceof DevelopmentSmsGateway development) || !demo.enabled()) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "not-found", "identity.devSms.off");
		}
		model.addAttribute("texts", development.recent(20));
		return "identity/dev-sms";
	}
}
