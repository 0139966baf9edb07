package jp.procurementdesk.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.process.ProcessModel.Tasks;

/**
 * What happens to one seeded case: its fate, its pathways, and the form answers a user would
 * give at each task (as the API receives them). Mostly the straight path; some reviews ask
 * for changes and some pathways end early, so that every step and outcome occurs.
 */
final class CaseScript {

	enum Fate {

		/** Rejected at triage. */
		REJECTED,
		/** Withdrawn by the company after some steps. */
		WITHDRAWN,
		/** Worked through to an approved closure. */
		CLOSED,
		/** Still open, somewhere along its processes. */
		OPEN

	}

	final Fate fate;

	final List<String> pathways;

	/** For open and withdrawn cases: how many tasks are completed before stopping. */
	final int stopAfter;

	final String advisor;

	private final Random random;

	/** Some inquiries need more information before triage decides. */
	private boolean askFirst;

	/**
	 * @param openShare the share of open cases; the closed ones are 15 : 10 : 40 rejected,
	 *     withdrawn and closed after support
	 */
	CaseScript(Random random, List<String> advisors, double openShare) {
		this.random = random;
		double roll = random.nextDouble();
		double closed = 1 - openShare;
		this.fate = roll < openShare ? Fate.OPEN : roll < openShare + closed * 15 / 65 ? Fate.REJECTED
				: roll < openShare + closed * 25 / 65 ? Fate.WITHDRAWN : Fate.CLOSED;
		List<String> all = new ArrayList<>(List.of(Pathway.WHO_PQ.name(), Pathway.COMPENDIUM.name(),
				Pathway.UN_PROCUREMENT.name()));
		Collections.shuffle(all, random);
		double size = random.nextDouble();
		this.pathways = List.copyOf(all.subList(0, size < 0.7 ? 1 : size < 0.95 ? 2 : 3));
		this.stopAfter = fate == Fate.WITHDRAWN ? random.nextInt(5) : random.nextInt(14);
		this.advisor = advisors.get(random.nextInt(advisors.size()));
		this.askFirst = fate != Fate.REJECTED && random.nextInt(20) == 0;
	}

	/** The answers to a task, as JSON values (strings, booleans, lists). */
	Map<String, Object> answer(String taskKey) {
		String today = LocalDate.now().toString();
		String soon = OffsetDateTime.now().plusDays(20 + random.nextInt(40)).withNano(0).toString();
		Map<String, Object> values = new HashMap<>();
		switch (taskKey) {
			case Tasks.TRIAGE -> {
				if (askFirst) {
					askFirst = false;
					put(values, "decision", "REQUEST_INFO", "note", "Which markets do you target?");
				}
				else if (fate == Fate.REJECTED) {
					put(values, "decision", "REJECT", "note", "Not a health product the desk supports.");
				}
				else {
					put(values, "decision", "ACCEPT", "advisor", advisor, "pathways", pathways);
				}
			}
			case Tasks.PROVIDE_INFORMATION -> put(values, "response", "Target markets: Kenya and Ghana.");
			case Tasks.INITIAL_CONSULTATION -> put(values, "readiness", "READY", "plan", "Dossier, then tenders.",
					"pathways", pathways);
			case Tasks.APPROVE_PLAN -> put(values, "accept", true);
			case Tasks.CLOSE_CASE -> put(values, "summary", "Support completed.");
			case Tasks.APPROVE_CLOSURE -> put(values, "approve", true);
			case Tasks.PQ_ELIGIBILITY -> put(values, "stream", "IVD", "route", "FULL", "eligible", random.nextInt(10) > 0);
			case Tasks.REVIEW_DOSSIER, Tasks.REVIEW_APPLICATION, Tasks.REVIEW_BID -> {
				if (random.nextInt(8) == 0) {
					put(values, "decision", "CHANGES_REQUESTED", "comments", "Complete the annexes.");
				}
				else {
					put(values, "decision", "APPROVED");
				}
			}
			case Tasks.SUBMIT_TO_WHO -> put(values, "whoReference", "PQDx-" + random.nextInt(9999), "submittedOn", today);
			case Tasks.RECORD_SCREENING -> put(values, "result", random.nextInt(10) == 0 ? "SCREENING_FAILED" : "ACCEPTED");
			case Tasks.ANSWER_WHO_QUERY -> put(values, "answer", "Stability data attached.");
			case Tasks.RECORD_DECISION -> put(values, "decision", "PREQUALIFIED", "listingDate", today);
			case Tasks.COMPENDIUM_ELIGIBILITY -> put(values, "inScope", random.nextInt(10) > 0, "callDeadline",
					LocalDate.now().plusDays(60).toString());
			case Tasks.SUBMIT_APPLICATION -> put(values, "submissionReference", "COMP-" + random.nextInt(9999));
			case Tasks.RECORD_COMPENDIUM_RESULT -> put(values, "result", random.nextBoolean() ? "LISTED" : "NOT_SELECTED");
			case Tasks.UNGM_REGISTRATION -> put(values, "ungmVendorId", Integer.toString(100000 + random.nextInt(899999)),
					"ungmLevel", "LEVEL_1");
			case Tasks.VERIFY_REGISTRATION -> put(values, "result", "VERIFIED");
			case Tasks.IDENTIFY_TENDER -> put(values, "agency", "UNICEF", "noticeId", "RFP-" + random.nextInt(99999),
					"tenderType", "RFP", "submissionDeadline", soon, "title", "Rapid diagnostic tests");
			case Tasks.GO_NO_GO -> put(values, "decision", random.nextInt(6) == 0 ? "NO_GO" : "GO");
			case Tasks.SUBMIT_BID -> put(values, "submittedAt", OffsetDateTime.now().minusMinutes(5).withNano(0).toString());
			case Tasks.RECORD_AWARD -> {
				if (random.nextBoolean()) {
					put(values, "result", "AWARDED", "contractValueUsd", 50_000 + random.nextInt(950_000));
				}
				else {
					put(values, "result", "LOST");
				}
			}
			default -> {
				// prepare-* tasks have no fields
			}
		}
		return values;
	}

	private static void put(Map<String, Object> values, Object... keysAndValues) {
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
	}

}
