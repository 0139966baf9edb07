package jp.procurementdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemDetailsFactoryTest {

	@Test
	void invalidInputCarriesTheFieldErrors() {
		ProblemDetail problem = ProblemDetailsFactory.invalidInput(Map.of("sort", "must be one of due, created"));
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getTitle()).isEqualTo("Invalid input");
		assertThat(problem.getDetail()).isEqualTo("Some values are missing or invalid.");
		assertThat(problem.getProperties()).containsEntry("errors", Map.of("sort", "must be one of due, created"));
	}

	@Test
	void refusedContentSaysItsErrorsInTheDetail() {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("file", "is larger than 25 MB");
		errors.put("type", "is not allowed");
		ProblemDetail problem = ProblemDetailsFactory.refused(HttpStatus.PAYLOAD_TOO_LARGE, errors);
		assertThat(problem.getStatus()).isEqualTo(413);
		assertThat(problem.getDetail()).isEqualTo("The file is larger than 25 MB. The type is not allowed.");
		assertThat(problem.getProperties()).containsEntry("errors", errors);
	}

	@Test
	void outagesAndLimitsAreWordedOnce() {
		assertThat(ProblemDetailsFactory.unavailable(Outages.Service.DATABASE).getDetail())
			.isEqualTo("The desk cannot reach its database right now. Please try again shortly.");
		assertThat(ProblemDetailsFactory.unavailable(Outages.Service.IDENTITY).getDetail())
			.isEqualTo("The sign-in service (Keycloak) cannot be reached right now. Please try again shortly.");
		assertThat(ProblemDetailsFactory.uploadTooLarge(64L * 1024 * 1024).getDetail())
			.isEqualTo("The upload is larger than 64 MB.");
		assertThat(ProblemDetailsFactory.uploadTooLarge(-1).getDetail())
			.isEqualTo("The upload is larger than the server's limit.");
		assertThat(ProblemDetailsFactory.detailOf(HttpStatus.BAD_GATEWAY)).isEqualTo(ProblemDetailsFactory.SERVER_ERROR);
		assertThat(ProblemDetailsFactory.detailOf(HttpStatus.CONFLICT)).isEqualTo("The request was refused.");
	}

	@Test
	void messagesJoinListArgumentsWordingEachItem() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setAlwaysUseMessageFormat(true);
		messages.addMessage("validation.missing-documents", Locale.ENGLISH, "needs {0}");
		messages.addMessage("validation.too-long", Locale.ENGLISH, "is longer than {0} characters");
		Map<String, InvalidInputException.Problem> problems = new LinkedHashMap<>();
		problems.put("documents", new InvalidInputException.Problem("missing-documents",
				(Object) List.of("LABELLING", "PRODUCT_DOSSIER")));
		problems.put("title", new InvalidInputException.Problem("too-long", 200));
		problems.put("other", new InvalidInputException.Problem("no-such-code"));
		assertThat(ProblemDetailsFactory.messages(new InvalidInputException(problems), messages, Locale.ENGLISH,
				item -> item.toString().toLowerCase(Locale.ROOT)))
			.containsExactly(Map.entry("documents", "needs labelling, product_dossier"),
					Map.entry("title", "is longer than 200 characters"), Map.entry("other", "no-such-code"));
	}

}
