package jp.procurementdesk.opportunities.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.opportunities.EventRegistrations;
import jp.procurementdesk.opportunities.EventSeats.Seats;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registrations for events, attendance and the products a company shows (docs/opportunities.md,
 * Events). An id that is not a published (or closed) event answers 404.
 */
@RestController
@RequestMapping("/api/opportunities/{id}")
@Tag(name = "Events", description = "Registering for the desk's seminars and exhibitions, attendance, products shown.")
class EventRegistrationController {

	private final EventRegistrations registrations;

	EventRegistrationController(EventRegistrations registrations) {
		this.registrations = registrations;
	}

	@Operation(operationId = "registerForEvent", summary = "Register the calling company user for an event")
	@ApiResponse(responseCode = "201", description = "Registered: the event's seats.", useReturnTypeSchema = true,
			headers = @Header(name = HttpHeaders.LOCATION, description = "The opportunity.",
					schema = @Schema(format = "uri-reference")))
	@ApiResponse(responseCode = "403", description = "Not a company user.")
	@ApiResponse(responseCode = "404", description = "No such event (unknown, a draft, or not of kind EVENT).")
	@ApiResponse(responseCode = "409", description = "Full, past the registration deadline, closed, or registered already.")
	@PostMapping("/registrations")
	ResponseEntity<Seats> register(@PathVariable UUID id, CurrentUser user) {
		Seats seats = registrations.register(id, user);
		return ResponseEntity.created(URI.create("/api/opportunities/" + id)).body(seats);
	}

	@Operation(operationId = "cancelEventRegistration", summary = "Cancel the caller's registration for an event")
	@ApiResponse(responseCode = "204", description = "Cancelled: the seat is free again.")
	@ApiResponse(responseCode = "403", description = "Not a company user.")
	@ApiResponse(responseCode = "404", description = "No such event, or the caller is not registered for it.")
	@ApiResponse(responseCode = "409", description = "The event has started.")
	@DeleteMapping("/registrations")
	ResponseEntity<Void> cancel(@PathVariable UUID id, CurrentUser user) {
		registrations.cancel(id, user);
		return ResponseEntity.noContent().build();
	}

	@Operation(operationId = "recordEventAttendance", summary = "Record who attended an event (advisors, supervisors)")
	@ApiResponse(responseCode = "204", description = "Recorded: exactly these registered users attended.")
	@ApiResponse(responseCode = "403", description = "Not an advisor nor a supervisor.")
	@ApiResponse(responseCode = "409", description = "The event has not started yet.")
	@PostMapping("/attendance")
	ResponseEntity<Void> attendance(@PathVariable UUID id, @RequestBody AttendanceInput input, CurrentUser user) {
		registrations.recordAttendance(id, input.usernames(), user);
		return ResponseEntity.noContent().build();
	}

	@Operation(operationId = "chooseEventProducts", summary = "Choose the products the caller's company shows at an event")
	@ApiResponse(responseCode = "204", description = "Chosen (replacing the company's earlier choice).")
	@ApiResponse(responseCode = "403", description = "Not a company user.")
	@ApiResponse(responseCode = "409", description = "No user of the caller's company is registered for the event.")
	@PutMapping("/registrations/products")
	ResponseEntity<Void> products(@PathVariable UUID id, @RequestBody ProductsInput input, CurrentUser user) {
		registrations.showProducts(id, input.productIds(), user);
		return ResponseEntity.noContent().build();
	}

	/** @param usernames the registered users who attended */
	record AttendanceInput(List<String> usernames) {
	}

	/** @param productIds products of the caller's company's register, in the order shown */
	record ProductsInput(List<UUID> productIds) {
	}

}
