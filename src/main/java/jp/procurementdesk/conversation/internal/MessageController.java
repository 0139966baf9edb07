package jp.procurementdesk.conversation.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.conversation.Conversation;
import jp.procurementdesk.conversation.MessageView;
import jp.procurementdesk.conversation.NewMessage;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The message endpoints of docs/contract.md (Messages). */
@RestController
@RequestMapping("/api/cases/{id}/messages")
@Tag(name = "Messages", description = "The conversation of a case between its company and the desk.")
class MessageController {

	private final Conversation conversation;

	MessageController(Conversation conversation) {
		this.conversation = conversation;
	}

	@Operation(operationId = "listMessages", summary = "The messages of a case the caller may see, oldest first")
	@GetMapping
	Page<MessageView> list(@PathVariable UUID id, CurrentUser user) {
		List<MessageView> messages = conversation.messages(id, user);
		return new Page<>(messages, 0, messages.size(), messages.size());
	}

	@Operation(operationId = "postMessage", summary = "Post a message, or a desk's internal note, on a case")
	@ApiResponse(responseCode = "201", description = "Posted.", useReturnTypeSchema = true,
			headers = @Header(name = "Location", description = "The case's messages.", schema = @Schema(format = "uri-reference")))
	@ApiResponse(responseCode = "409", description = "The case is closed: it takes no new message.")
	@PostMapping
	ResponseEntity<MessageView> post(@PathVariable UUID id, @Valid @RequestBody NewMessage message, CurrentUser user) {
		MessageView posted = conversation.post(id, message, user);
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/messages")).body(posted);
	}

	@Operation(operationId = "markMessagesRead", summary = "Mark every message of the case the caller sees read")
	@ApiResponse(responseCode = "204", description = "Read.")
	@PostMapping("/read")
	ResponseEntity<Void> read(@PathVariable UUID id, CurrentUser user) {
		conversation.markRead(id, user);
		return ResponseEntity.noContent().build();
	}

}
