package jp.procurementdesk.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.consultations.Consultations;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording and correcting consultation records from the case page (docs/consultations.md).
 * Refused input shows the case page again (400) with each problem next to its field and the
 * form open as it was typed; nothing was changed. A value the form could not read (a date, a
 * number) reaches the module as null, which it refuses as required: the reading's own problem
 * for that field is shown instead.
 */
@Controller
class ConsultationPages {

	private final Consultations consultations;

	private final CasePage casePage;

	private final Problems problems;

	ConsultationPages(Consultations consultations, CasePage casePage, Problems problems) {
		this.consultations = consultations;
		this.casePage = casePage;
		this.problems = problems;
	}

	@PostMapping("/cases/{id}/consultations")
	String record(@PathVariable UUID id, @ModelAttribute("consultationForm") ConsultationForm form, CurrentUser user,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		ConsultationForm.Reading reading = form.read();
		try {
			consultations.record(id, reading.input(), user);
		}
		catch (InvalidInputException invalid) {
			return refused(id, ConsultationBoard.NEW, reading.merged(invalid), user, model, response);
		}
		flash.addFlashAttribute("notice", "consultation.notice.recorded");
		return "redirect:/cases/" + id + "#consultations";
	}

	@PostMapping("/cases/{id}/consultations/{consultationId}")
	String correct(@PathVariable UUID id, @PathVariable UUID consultationId,
			@ModelAttribute("consultationForm") ConsultationForm form, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		ConsultationForm.Reading reading = form.read();
		try {
			consultations.correct(id, consultationId, form.versionRead(), reading.input(), user);
		}
		catch (InvalidInputException invalid) {
			return refused(id, consultationId.toString(), reading.merged(invalid), user, model, response);
		}
		flash.addFlashAttribute("notice", "consultation.notice.corrected");
		return "redirect:/cases/" + id + "#consultation-" + consultationId;
	}

	private String refused(UUID id, String target, InvalidInputException invalid, CurrentUser user, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("consultationTarget", target);
		model.addAttribute("consultationErrors", problems.messages(invalid));
		return casePage.show(id, user, model);
	}

}
