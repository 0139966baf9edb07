package jp.procurementdesk.web;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.cases.CaseQuery;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.identity.UserDirectory;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.tasks.OpenTasks;
import jp.procurementdesk.tasks.TaskFilter;
import jp.procurementdesk.tasks.TaskFilter.Assignment;
import jp.procurementdesk.tasks.TaskFilter.Sort;
import jp.procurementdesk.tasks.TaskView;
import jp.procurementdesk.tasks.forms.FormDefinitions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task list with filters, and the task actions posted from it and from the case page. */
@Controller
@RequestMapping("/tasks")
class TaskPages {

	private static final int PAGE_SIZE = 20;

	private static final UUID NO_CASE = new UUID(0, 0);

	private final OpenTasks tasks;

	private final Cases cases;

	private final CasePage casePage;

	private final UserDirectory directory;

	private final Problems problems;

	private final Clock clock;

	TaskPages(OpenTasks tasks, Cases cases, CasePage casePage, UserDirectory directory, Problems problems,
			Clock clock) {
		this.tasks = tasks;
		this.cases = cases;
		this.casePage = casePage;
		this.directory = directory;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) String key,
			@RequestParam(name = "case", required = false) String caseText,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "due") String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String validKey = key != null && FormDefinitions.taskKeys().contains(key) ? key : null;
		Sort validSort = Sort.of(sort).orElse(Sort.DUE);
		UUID caseId = caseOf(caseText, user);
		Page<TaskView> found = tasks.list(new TaskFilter(caseId, validKey, overdue ? true : null, mine ? Assignment.ME : null,
				Math.max(page, 0), PAGE_SIZE, validSort), user);
		model.addAttribute("tasks", found);
		model.addAttribute("choices", TaskChoices.of(found.items(), user));
		model.addAttribute("filter", Map.of("key", validKey == null ? "" : validKey, "case",
				caseText == null ? "" : caseText.strip(), "overdue", overdue, "mine", mine, "sort", validSort.value()));
		model.addAttribute("taskKeys", FormDefinitions.taskKeys().stream().sorted().toList());
		if (user.hasRole(DeskRole.SUPERVISOR)) {
			model.addAttribute("advisors", directory.members(DeskRole.ADVISOR));
		}
		return "tasks/list";
	}

	@PostMapping("/{id}/claim")
	String claim(@PathVariable String id, @RequestParam(required = false) String back, CurrentUser user,
			RedirectAttributes flash) {
		tasks.claim(id, user);
		flash.addFlashAttribute("notice", "notice.taskClaimed");
		return redirectBack(back);
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable String id, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String back, CurrentUser user, RedirectAttributes flash) {
		try {
			tasks.assign(id, assignee, user);
			flash.addFlashAttribute("notice", "notice.taskAssigned");
		}
		catch (InvalidInputException invalid) {
			flash.addFlashAttribute("alert", problems.firstMessage(invalid));
		}
		return redirectBack(back);
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, CurrentUser user,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		TaskView task = tasks.get(id, user);
		Map<String, Object> values = FormInput.values(task.fields(), form, clock.getZone());
		try {
			tasks.complete(id, values, user);
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errorTaskId", id);
			model.addAttribute("errors", problems.messages(invalid));
			model.addAttribute("values", FormInput.echo(form));
			return casePage.show(task.caseId(), user, model);
		}
		flash.addFlashAttribute("notice", "notice.taskCompleted");
		return "redirect:/cases/" + task.caseId();
	}

	/**
	 * The case filter takes a reference (PD-2026-000042) or a case id; a case the user cannot
	 * see, or no match, filters to nothing.
	 */
	private UUID caseOf(String text, CurrentUser user) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return cases.list(new CaseQuery(null, text.strip(), 0, 1), user)
				.items()
				.stream()
				.filter(found -> found.reference().equalsIgnoreCase(text.strip()))
				.map(CaseView::id)
				.findFirst()
				.orElse(NO_CASE);
		}
	}

	/** Only back to our own pages: a relative path, never another site. */
	private static String redirectBack(String back) {
		boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
		return "redirect:" + (local ? back : "/tasks");
	}

}
