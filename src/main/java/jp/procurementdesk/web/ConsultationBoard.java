package jp.procurementdesk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.consultations.ConsultationChannel;
import jp.procurementdesk.consultations.ConsultationTopic;
import jp.procurementdesk.consultations.ConsultationView;
import jp.procurementdesk.consultations.Consultations;
import jp.procurementdesk.identity.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The consultations of the case page (templates/cases/consultations.html): the records newest
 * first, the record form for the case's advisor and supervisors, a correct form on each record
 * its author may still correct. A form refused by {@link ConsultationPages} comes back open,
 * with what was typed and its problems.
 */
@Component
class ConsultationBoard {

	/** The target of a refused record form (a refused correction's is the record's id). */
	static final String NEW = "new";

	private final Consultations consultations;

	private final Clock clock;

	ConsultationBoard(Consultations consultations, Clock clock) {
		this.consultations = consultations;
		this.clock = clock;
	}

	void fill(CaseView supportCase, CurrentUser user, Model model) {
		Object target = model.getAttribute("consultationTarget");
		Object typed = model.getAttribute("consultationForm");
		@SuppressWarnings("unchecked")
		Map<String, String> errors = (Map<String, String>) model.getAttribute("consultationErrors");
		List<Row> rows = consultations.list(supportCase.id(), user).stream().map(view -> {
			boolean refused = view.id().toString().equals(target) && typed instanceof ConsultationForm;
			ConsultationForm form = refused ? (ConsultationForm) typed : ConsultationForm.of(view);
			return new Row(view, consultations.mayCorrect(view, user), form, refused ? errors : Map.of(), refused);
		}).toList();
		boolean newRefused = NEW.equals(target) && typed instanceof ConsultationForm;
		model.addAttribute("consultations", rows);
		model.addAttribute("mayRecordConsultation", consultations.mayRecord(supportCase, user));
		model.addAttribute("newConsultation", new Row(null, true, newRefused ? (ConsultationForm) typed : blank(),
				newRefused ? errors : Map.of(), newRefused));
		model.addAttribute("consultationChannels", ConsultationChannel.values());
		model.addAttribute("consultationTopics", ConsultationTopic.values());
		model.addAttribute("consultationToday", LocalDate.now(clock).toString());
	}

	private ConsultationForm blank() {
		ConsultationForm form = new ConsultationForm();
		form.setHeldOn(LocalDate.now(clock).toString());
		return form;
	}

	/**
	 * A record with its correct form, or (record null) the record form.
	 *
	 * @param open whether the form shows open: it was refused
	 */
	record Row(ConsultationView record, boolean correctable, ConsultationForm form, Map<String, String> errors,
			boolean open) {

		public String error(String field) {
			return errors.get(field);
		}

		public boolean topicChosen(ConsultationTopic topic) {
			return form.getTopics() != null && form.getTopics().contains(topic.name());
		}

	}

}
