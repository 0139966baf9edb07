package jp.procurementdesk.tasks.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.Paging;
import jp.procurementdesk.tasks.OpenTasks;
import jp.procurementdesk.tasks.TaskFilter;
import jp.procurementdesk.tasks.TaskView;
import jp.procurementdesk.tasks.forms.FormDefinitions;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The task endpoints of docs/contract.md (REST API). */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private static final Set<String> SORTS = Set.of("due", "created");

	private static final Set<String> ASSIGNMENTS = Set.of("me", "pool");

	private final OpenTasks tasks;

	TaskController(OpenTasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	Page<TaskView> list(CurrentUser user, @RequestParam(required = false) UUID caseId,
			@RequestParam(required = false) String key, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) String assignment,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "created") String sort) {
		Paging.check(page, size);
		if (!SORTS.contains(sort)) {
			throw InvalidInputException.of("sort", "option", SORTS);
		}
		if (key != null && !FormDefinitions.taskKeys().contains(key)) {
			throw InvalidInputException.of("key", "task-key");
		}
		if (assignment != null && !ASSIGNMENTS.contains(assignment)) {
			throw InvalidInputException.of("assignment", "option", ASSIGNMENTS);
		}
		return tasks.list(new TaskFilter(caseId, key, overdue, assignment, page, size, sort), user);
	}

	@GetMapping("/{id}")
	TaskView get(@PathVariable String id, CurrentUser user) {
		return tasks.get(id, user);
	}

	@PostMapping("/{id}/claim")
	ResponseEntity<Void> claim(@PathVariable String id, CurrentUser user) {
		tasks.claim(id, user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/assign")
	ResponseEntity<Void> assign(@PathVariable String id, @RequestBody Assignment body, CurrentUser user) {
		tasks.assign(id, body.assignee(), user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/complete")
	ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Map<String, Object> values,
			CurrentUser user) {
		tasks.complete(id, values, user);
		return ResponseEntity.noContent().build();
	}

	record Assignment(String assignee) {
	}

}
