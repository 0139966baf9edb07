package jp.procurementdesk.tasks.internal;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Tasks", description = "The open work of the cases: who does what next.")
class TaskController {

	private final OpenTasks tasks;

	TaskController(OpenTasks tasks) {
		this.tasks = tasks;
	}

	@Operation(operationId = "listTasks", summary = "The open tasks the caller may see or act on", parameters = {
			@Parameter(name = "key", in = ParameterIn.QUERY, description = "The task's key in its process model."),
			@Parameter(name = "overdue", in = ParameterIn.QUERY, description = "Only tasks past (true) or within "
					+ "(false) their due date."),
			@Parameter(name = "assignment", in = ParameterIn.QUERY, description = "me: assigned to the caller; "
					+ "pool: nobody's yet.", schema = @Schema(allowableValues = { "me", "pool" })),
			@Parameter(name = "sort", in = ParameterIn.QUERY, description = "By due date or by creation (the default), "
					+ "oldest first.", schema = @Schema(allowableValues = { "due", "created" })) })
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

	@Operation(operationId = "getTask", summary = "A task with its form")
	@GetMapping("/{id}")
	TaskView get(@PathVariable String id, CurrentUser user) {
		return tasks.get(id, user);
	}

	@Operation(operationId = "claimTask", summary = "Take a task of one's group (advisors, supervisors)")
	@ApiResponse(responseCode = "204", description = "Claimed (or the caller's already).")
	@ApiResponse(responseCode = "403", description = "Not in the task's group (company tasks are not claimed).")
	@ApiResponse(responseCode = "409", description = "Assigned to someone else, or done meanwhile.")
	@PostMapping("/{id}/claim")
	ResponseEntity<Void> claim(@PathVariable String id, CurrentUser user) {
		tasks.claim(id, user);
		return ResponseEntity.noContent().build();
	}

	@Operation(operationId = "assignTask", summary = "Give a task to an advisor or supervisor (supervisors)")
	@ApiResponse(responseCode = "204", description = "Assigned.")
	@ApiResponse(responseCode = "400", description = "No assignee, a company task, or an assignee without the role.")
	@ApiResponse(responseCode = "403", description = "Only supervisors assign tasks.")
	@ApiResponse(responseCode = "409", description = "Done meanwhile, or changed at the same time.")
	@PostMapping("/{id}/assign")
	ResponseEntity<Void> assign(@PathVariable String id, @RequestBody Assignment body, CurrentUser user) {
		tasks.assign(id, body.assignee(), user);
		return ResponseEntity.noContent().build();
	}

	@Operation(operationId = "completeTask", summary = "Complete a task with its form's values")
	@ApiResponse(responseCode = "204", description = "Completed; the case moves on.")
	@ApiResponse(responseCode = "400", description = "Values missing or invalid for the form, or documents missing.")
	@ApiResponse(responseCode = "403", description = "The caller's role does not act on this task.")
	@ApiResponse(responseCode = "409", description = "Assigned to someone else, done meanwhile, or its case is closed.")
	@PostMapping("/{id}/complete")
	ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Map<String, Object> values,
			CurrentUser user) {
		tasks.complete(id, values, user);
		return ResponseEntity.noContent().build();
	}

	record Assignment(String assignee) {
	}

}
