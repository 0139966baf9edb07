package jp.procurementdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.PathwayOutcome;
import jp.procurementdesk.cases.TimelineRecord;
import jp.procurementdesk.documents.DocumentType;
import jp.procurementdesk.documents.Documents;
import jp.procurementdesk.documents.RequiredDocuments;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.process.PathwaySteps;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.shared.NotFoundException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.tasks.OpenTasks;
import jp.procurementdesk.tasks.OpenTasks.StepState;
import jp.procurementdesk.tasks.TaskFilter;
import jp.procurementdesk.tasks.TaskView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the case page shows, from the case, its process state and the viewer's tasks. */
@Component
class CasePage {

	static final String VIEW = "cases/detail";

	private final Cases cases;

	private final OpenTasks tasks;

	private final UserDirectory directory;

	private final Documents documents;

	private final RequiredDocuments requiredDocuments;

	private final MessageBox messageBox;

	private final ConsultationBoard consultations;

	CasePage(Cases cases, OpenTasks tasks, UserDirectory directory, Documents documents,
			RequiredDocuments requiredDocuments, MessageBox messageBox, ConsultationBoard consultations) {
		this.messageBox = messageBox;
		this.cases = cases;
		this.tasks = tasks;
		this.directory = directory;
		this.documents = documents;
		this.requiredDocuments = requiredDocuments;
		this.consultations = consultations;
	}

	/** Fills the model; the case must be visible to the user (else 404). */
	String show(UUID caseId, CurrentUser user, Model model) {
		CaseView supportCase = cases.find(caseId, user).orElseThrow(() -> new NotFoundException("Case"));
		Map<String, StepState> steps = tasks.steps(caseId);
		List<TaskView> open = tasks.list(TaskFilter.ofCase(caseId), user).items();
		model.addAttribute("supportCase", supportCase);
		model.addAttribute("stages", CaseProgress.stages(supportCase));
		model.addAttribute("question", CaseProgress.isQuestion(supportCase));
		model.addAttribute("pathways", pathways(supportCase, steps));
		model.addAttribute("tasks", open);
		model.addAttribute("choices", TaskChoices.of(open, user));
		List<TimelineRecord> timeline = cases.timeline(caseId, user);
		model.addAttribute("timeline", CaseProgress.timeline(timeline));
		model.addAttribute("answer", QuestionAnswer.of(timeline).orElse(null));
		model.addAttribute("survey", open.stream()
			.filter(task -> Tasks.RATE_SUPPORT.equals(task.key()) && task.actionable())
			.findFirst()
			.orElse(null));
		model.addAttribute("canAskForSupport", supportCase.outcome() == CaseOutcome.ANSWERED
				&& user.hasRole(DeskRole.COMPANY) && supportCase.companyId().equals(user.companyId()));
		model.addAttribute("documents", documents.list(caseId, 0, Page.MAX_SIZE, user));
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("checklists", requiredDocuments.openChecklists(caseId));
		model.addAttribute("maxDocumentSize", Documents.sizeText(documents.maxSize()));
		model.addAttribute("canUpload", supportCase.status() != CaseStatus.CLOSED);
		model.addAttribute("canWithdraw", supportCase.status() != CaseStatus.CLOSED && (user.hasRole(DeskRole.SUPERVISOR)
				|| (user.hasRole(DeskRole.COMPANY) && supportCase.companyId().equals(user.companyId()))));
		messageBox.fill(supportCase, user, model);
		consultations.fill(supportCase, user, model);
		if (user.hasRole(DeskRole.SUPERVISOR) || open.stream().anyMatch(TaskView::actionable)) {
			model.addAttribute("advisors", directory.members(DeskRole.ADVISOR));
		}
		return VIEW;
	}

	private static List<PathwayProgress> pathways(CaseView supportCase, Map<String, StepState> steps) {
		List<PathwayProgress> progress = new ArrayList<>();
		for (Pathway pathway : Pathway.values()) {
			if (!supportCase.pathways().contains(pathway)) {
				continue;
			}
			List<Step> shown = PathwaySteps.BY_PATHWAY.get(pathway)
				.stream()
				.filter(key -> !PathwaySteps.OPTIONAL.contains(key) || steps.containsKey(key))
				.map(key -> new Step(key, steps.containsKey(key) ? steps.get(key).name() : "AHEAD"))
				.toList();
			progress.add(new PathwayProgress(pathway, shown, supportCase.pathwayOutcomes().get(pathway)));
		}
		return progress;
	}

	record PathwayProgress(Pathway pathway, List<Step> steps, PathwayOutcome outcome) {
	}

	/** @param state DONE, OPEN or AHEAD */
	record Step(String key, String state) {
	}

}
