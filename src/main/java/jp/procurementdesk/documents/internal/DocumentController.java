package jp.procurementdesk.documents.internal;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.procurementdesk.documents.DocumentDownloads;
import jp.procurementdesk.documents.DocumentType;
import jp.procurementdesk.documents.DocumentView;
import jp.procurementdesk.documents.Documents;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.Page;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The document endpoints of docs/contract.md (REST API). */
@RestController
@Tag(name = "Documents", description = "The files of a case.")
class DocumentController {

	private final Documents documents;

	DocumentController(Documents documents) {
		this.documents = documents;
	}

	@Operation(operationId = "uploadDocument", summary = "Upload a document to a case")
	@ApiResponse(responseCode = "201", description = "Stored.", useReturnTypeSchema = true, headers = @Header(
			name = "Location", description = "Its content.", schema = @Schema(format = "uri-reference")))
	@ApiResponse(responseCode = "409", description = "The case is closed; its documents no longer change.")
	@ApiResponse(responseCode = "413", description = "The file is larger than the desk accepts.")
	@ApiResponse(responseCode = "415", description = "Not a file type the desk accepts (judged by its content).")
	@PostMapping(path = "/api/cases/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentView> upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
			@RequestParam DocumentType type, CurrentUser user) {
		DocumentView stored = documents.upload(id, type, file.getOriginalFilename(), file.getSize(),
				file::getInputStream, user);
		return ResponseEntity.created(URI.create("/api/documents/" + stored.id() + "/content")).body(stored);
	}

	@Operation(operationId = "listDocuments", summary = "The documents of a case")
	@GetMapping("/api/cases/{id}/documents")
	Page<DocumentView> list(@PathVariable UUID id, CurrentUser user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return documents.list(id, page, size, user);
	}

	@Operation(operationId = "downloadDocument", summary = "The content of a document, as uploaded")
	@ApiResponse(responseCode = "200", description = "The file, with its own content type and name.",
			content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/documents/{id}/content")
	ResponseEntity<StreamingResponseBody> content(@PathVariable UUID id, CurrentUser user) {
		return DocumentDownloads.response(documents.download(id, user));
	}

}
