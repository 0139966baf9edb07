package jp.procurementdesk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jp.procurementdesk.conversation.Conversation;
import jp.procurementdesk.conversation.NewMessage;
import jp.procurementdesk.documents.DocumentType;
import jp.procurementdesk.documents.Documents;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.shared.ContentRefusedException;
import jp.procurementdesk.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posting a message from the case page's message box; a file chosen there is uploaded first as
 * a document of the case (the documents module's upload) and attached by its id.
 */
@Controller
class MessagePages {

	private final Conversation conversation;

	private final Documents documents;

	private final CasePage casePage;

	private final Problems problems;

	MessagePages(Conversation conversation, Documents documents, CasePage casePage, Problems problems) {
		this.conversation = conversation;
		this.documents = documents;
		this.casePage = casePage;
		this.problems = problems;
	}

	@PostMapping("/cases/{id}/messages")
	String post(@PathVariable UUID id, @RequestParam(required = false) String body,
			@RequestParam(required = false) String internal, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String type, CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		try {
			if (body == null || body.isBlank()) {
				throw InvalidInputException.of("body", "required");
			}
			if (body.length() > NewMessage.MAX_BODY) {
				throw InvalidInputException.of("body", "too-long", NewMessage.MAX_BODY);
			}
			List<UUID> attachments = new ArrayList<>();
			if (file != null && !file.isEmpty()) {
				DocumentType documentType = Arrays.stream(DocumentType.values())
					.filter(candidate -> candidate.name().equals(type))
					.findFirst()
					.orElse(DocumentType.OTHER);
				attachments.add(documents.upload(id, documentType, file.getOriginalFilename(), file.getSize(),
						file::getInputStream, user).id());
			}
			conversation.post(id, new NewMessage(body, internal != null, attachments), user);
		}
		catch (InvalidInputException invalid) {
			response.setStatus(invalid instanceof ContentRefusedException refused ? refused.status().value()
					: HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("messageErrors", problems.messages(invalid));
			model.addAttribute("messageBody", body);
			return casePage.show(id, user, model);
		}
		flash.addFlashAttribute("notice", "message.sent");
		return "redirect:/cases/" + id + "#messages";
	}

}
