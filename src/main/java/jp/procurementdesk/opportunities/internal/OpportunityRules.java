package jp.procurementdesk.opportunities.internal;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.procurementdesk.opportunities.OpportunityDraft;
import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.shared.InvalidInputException.Problem;

import org.springframework.stereotype.Component;

/**
 * The rules of an {@link OpportunityDraft} (docs/opportunities.md, Fields): its annotations, then
 * the rules across fields: a deadline for the kinds that open cases; start, end, venue and capacity
 * for events only (the start required there, the end not before it, the registration deadline not
 * after the start). One problem per field ({@code validation.<code>}), for the API and the pages.
 */
@Component
class OpportunityRules {

	private final Validator validator;

	OpportunityRules(Validator validator) {
		this.validator = validator;
	}

	/** The draft, or 400 with a problem per refused field. */
	OpportunityDraft check(OpportunityDraft draft) {
		Map<String, Problem> problems = problems(draft);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return draft;
	}

	/** Field -> its first problem; empty when the draft keeps the rules. */
	Map<String, Problem> problems(OpportunityDraft draft) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (draft == null) {
			problems.put("body", new Problem("required"));
			return problems;
		}
		validator.validate(draft)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<OpportunityDraft> violation) -> field(violation.getPropertyPath())))
			.forEach(violation -> problems.putIfAbsent(field(violation.getPropertyPath()), problem(violation)));
		if (draft.kind() != null) {
			acrossFields(draft, problems);
		}
		return problems;
	}

	private static void acrossFields(OpportunityDraft draft, Map<String, Problem> problems) {
		if (draft.kind().deadlineRequired() && draft.deadline() == null) {
			problems.putIfAbsent("deadline", new Problem("required"));
		}
		if (draft.kind() != OpportunityKind.EVENT) {
			notForKind("startsAt", draft.startsAt(), problems);
			notForKind("endsAt", draft.endsAt(), problems);
			notForKind("venue", draft.venue() == null || draft.venue().isBlank() ? null : draft.venue(), problems);
			notForKind("capacity", draft.capacity(), problems);
			return;
		}
		if (draft.startsAt() == null) {
			problems.putIfAbsent("startsAt", new Problem("required"));
			return;
		}
		if (draft.endsAt() != null && draft.endsAt().isBefore(draft.startsAt())) {
			problems.putIfAbsent("endsAt", new Problem("opportunity-ends-before-start"));
		}
		if (draft.deadline() != null && draft.deadline().isAfter(draft.startsAt())) {
			problems.putIfAbsent("deadline", new Problem("opportunity-deadline-after-start"));
		}
	}

	private static void notForKind(String field, Object value, Map<String, Problem> problems) {
		if (value != null) {
			problems.putIfAbsent(field, new Problem("opportunity-event-only"));
		}
	}

	private static String field(Path path) {
		StringJoiner field = new StringJoiner(".");
		path.forEach(node -> {
			if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
				field.add(node.getName());
			}
		});
		return field.toString();
	}

	private static Problem problem(ConstraintViolation<?> violation) {
		Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
		String field = field(violation.getPropertyPath());
		if (constraint instanceof Pattern) {
			return new Problem(field.startsWith("url") ? "https-url" : "product-unspsc-code");
		}
		if (constraint instanceof Size size) {
			return field.startsWith("unspscCodes") ? new Problem("company-too-many", size.max())
					: new Problem("too-long", size.max());
		}
		if (constraint instanceof Min) {
			return new Problem("opportunity-capacity");
		}
		return new Problem("required");
	}

}
