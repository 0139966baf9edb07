package jp.procurementdesk.web;

import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.documents.DocumentDownloads;
import jp.procurementdesk.documents.DocumentType;
import jp.procurementdesk.documents.Documents;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ContentRefusedException;
import jp.procurementdesk.shared.InvalidInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading a document from the case page, and downloading one (session and CSRF token). */
@Controller
class DocumentPages {

	private final Documents documents;

	private final CasePage casePage;

	private final Problems problems;

	DocumentPages(Documents documents, CasePage casePage, Problems problems) {
		this.documents = documents;
		this.casePage = casePage;
		this.problems = problems;
	}

	@PostMapping("/cases/{id}/documents")
	String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String type, CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		try {
			DocumentType documentType = Arrays.stream(DocumentType.values())
				.filter(candidate -> candidate.name().equals(type))
				.findFirst()
				.orElseThrow(() -> InvalidInputException.of("type", "required"));
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "empty-file");
			}
			documents.upload(id, documentType, file.getOriginalFilename(), file.getSize(), file::getInputStream, user);
		}
		catch (InvalidInputException invalid) {
			response.setStatus(invalid instanceof ContentRefusedException refused ? refused.status().value()
					: HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("documentErrors", problems.messages(invalid));
			model.addAttribute("documentType", type);
			return casePage.show(id, user, model);
		}
		flash.addFlashAttribute("notice", "notice.documentAdded");
		return "redirect:/cases/" + id + "#documents";
	}

	@GetMapping("/documents/{id}/content")
	ResponseEntity<StreamingResponseBody> download(@PathVariable UUID id, CurrentUser user) {
		return DocumentDownloads.response(documents.download(id, user));
	}

}
