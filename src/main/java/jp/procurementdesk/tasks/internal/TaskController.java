package jp.procurementdesk.tasks.internal;

import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.Paging;
import jp.procurementdesk.tasks.OpenTasks;
import jp.procurementdesk.tasks.TaskFilter;
import jp.procurementdesk.tasks.TaskFilter.Sort;
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
		Sort order = Sort.of(sort).orElseThrow(() -> InvalidInputException.of("sort", "option", Sort.names()));
		if (key != null && !FormDefinitions.taskKeys().contains(key)) {
			throw InvalidInputException.of("key", "task-key");
		}
		TaskFilter.Assignment whose = assignment == null ? null : TaskFilter.Assignment.of(assignment)
			.orElseThrow(() -> InvalidInputException.of("assignment", "option", TaskFilter.Assignment.names()));
		return tasks.list(new TaskFilter(caseId, key, overdue, whose, page, size, order), user);
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
