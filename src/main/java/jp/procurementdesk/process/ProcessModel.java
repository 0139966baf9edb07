package jp.procurementdesk.process;

import jp.procurementdesk.identity.CompanyGroups;

/**
 * Every id and variable name the BPMN models in {@code bpmn/} share with the Java code, in
 * one place. Task keys, process keys and form field names are part of the product contract
 * (docs/contract.md, Processes and REST API).
 *
 * <p>Longer than the house's ~200 lines on purpose: it holds nothing but constants, one nested
 * class per kind of id (processes, tasks, groups, variables, beans), and each id is written in the
 * BPMN files too; one file is where a reader checks a model against the code, and
 * {@code ModelsAndFormsTest} checks the two against each other. What is derived from the ids
 * (the progress steps per pathway) lives in {@link PathwaySteps}.
 */
public final class ProcessModel {

	private ProcessModel() {
	}

	/** Process definition keys. */
	public static final class Processes {

		public static final String SUPPORT_CASE = "support-case";

		public static final String WHO_PREQUALIFICATION = "who-prequalification";

		public static final String COMPENDIUM_LISTING = "compendium-listing";

		public static final String UN_PROCUREMENT = "un-procurement";

		/** The company rates the desk's support after a case closed COMPLETED or ANSWERED; business key = case id. */
		public static final String SATISFACTION_SURVEY = "satisfaction-survey";

		/** A company's registration under review; business key = registration id. */
		public static final String COMPANY_REGISTRATION = "company-registration";

		/** A deadline the job executor watches (process.Deadlines); business key = the subject's id. */
		public static final String DEADLINE_WATCH = "deadline-watch";

		private Processes() {
		}

	}

	/** User task keys (task definition keys). */
	public static final class Tasks {

		// support-case
		public static final String TRIAGE = "triage";

		public static final String PROVIDE_INFORMATION = "provide-information";

		public static final String INITIAL_CONSULTATION = "initial-consultation";

		public static final String APPROVE_PLAN = "approve-plan";

		public static final String CLOSE_CASE = "close-case";

		public static final String APPROVE_CLOSURE = "approve-closure";

		// who-prequalification
		public static final String PQ_ELIGIBILITY = "pq-eligibility";

		public static final String PREPARE_DOSSIER = "prepare-dossier";

		public static final String REVIEW_DOSSIER = "review-dossier";

		public static final String SUBMIT_TO_WHO = "submit-to-who";

		public static final String RECORD_SCREENING = "record-screening";

		public static final String ANSWER_WHO_QUERY = "answer-who-query";

		public static final String RECORD_DECISION = "record-decision";

		// compendium-listing
		public static final String COMPENDIUM_ELIGIBILITY = "compendium-eligibility";

		public static final String PREPARE_APPLICATION = "prepare-application";

		public static final String REVIEW_APPLICATION = "review-application";

		public static final String SUBMIT_APPLICATION = "submit-application";

		public static final String RECORD_COMPENDIUM_RESULT = "record-compendium-result";

		// un-procurement
		public static final String UNGM_REGISTRATION = "ungm-registration";

		public static final String VERIFY_REGISTRATION = "verify-registration";

		public static final String IDENTIFY_TENDER = "identify-tender";

		public static final String GO_NO_GO = "go-no-go";

		public static final String PREPARE_BID = "prepare-bid";

		public static final String REVIEW_BID = "review-bid";

		public static final String SUBMIT_BID = "submit-bid";

		public static final String RECORD_AWARD = "record-award";

		// satisfaction-survey
		public static final String RATE_SUPPORT = "rate-support";

		// company-registration
		public static final String REVIEW_REGISTRATION = "review-registration";

		private Tasks() {
		}

	}

	/** The staff's candidate groups; company tasks go to {@link CompanyGroups#of the company's group}. */
	public static final class Groups {

		public static final String SUPERVISORS = "supervisors";

		public static final String ADVISORS = "advisors";

		private Groups() {
		}

	}

	/**
	 * Process variables. Set at start of {@code support-case} and passed into every pathway
	 * process: {@link #CASE_ID}, {@link #CASE_REFERENCE}, {@link #COMPANY_ID},
	 * {@link #PRODUCT_CATEGORY}, {@link #ADVISOR} (once triaged), {@link #PATHWAYS}. Set at
	 * start of {@code company-registration}: {@link #REGISTRATION_ID}; its review sets
	 * {@link #DECISION}, {@link #COMPANY_ID} (the new company's id) and {@link #NOTE}.
	 * Form field values are stored under the field's name (docs/contract.md, Processes).
	 */
	public static final class Variables {

		public static final String CASE_ID = "caseId";

		public static final String CASE_REFERENCE = "caseReference";

		public static final String COMPANY_ID = "companyId";

		public static final String PRODUCT_CATEGORY = "productCategory";

		/** Username of the case's advisor; assignee of every advisor task. */
		public static final String ADVISOR = "advisor";

		/** Comma-separated pathway names, e.g. {@code WHO_PQ,UN_PROCUREMENT}. */
		public static final String PATHWAYS = "pathways";

		// form fields that drive gateways and timers
		public static final String DECISION = "decision";

		public static final String ACCEPT = "accept";

		public static final String APPROVE = "approve";

		public static final String ELIGIBLE = "eligible";

		public static final String STREAM = "stream";

		public static final String ROUTE = "route";

		public static final String RESULT = "result";

		public static final String RESPONSE_DUE = "responseDue";

		public static final String IN_SCOPE = "inScope";

		public static final String CALL_DEADLINE = "callDeadline";

		public static final String SUBMISSION_DEADLINE = "submissionDeadline";

		public static final String CONTRACT_VALUE_USD = "contractValueUsd";

		// satisfaction-survey: the form's fields the survey's end reads
		public static final String RATING = "rating";

		public static final String HELPFUL = "helpful";

		// company-registration: set at start, and the review's form fields the delegates read
		public static final String REGISTRATION_ID = "registrationId";

		/** The review's note: for REJECT, what the contact is told. */
		public static final String NOTE = "note";

		// deadline-watch: set at start
		public static final String SUBJECT_ID = "subjectId";

		/** A java.util.Date: when the timer fires. */
		public static final String DEADLINE_AT = "deadlineAt";

		// local input parameters of the service tasks (see Delegates)
		public static final String OUTCOME = "outcome";

		public static final String PATHWAY = "pathway";

		public static final String BREACH_KIND = "breachKind";

		public static final String TASK_KEY = "taskKey";

		public static final String REMINDER = "reminder";

		public static final String RECIPIENTS = "recipients";

		private Variables() {
		}

	}

	/** Spring bean names used in {@code delegateExpression} and expressions of the models. */
	public static final class Beans {

		/** Service task: input {@code outcome}; closes the case with that outcome. */
		public static final String RECORD_CASE_OUTCOME = "recordCaseOutcome";

		/** Service task after triage ANSWER: closes the case ANSWERED with {@code note} as the answer. */
		public static final String ANSWER_QUESTION = "answerQuestion";

		/** Service task after triage ACCEPT: records {@code advisor} on the case. */
		public static final String ASSIGN_ADVISOR = "assignAdvisor";

		/** Service task after the plan is approved: records {@code pathways}, case goes IN_SUPPORT. */
		public static final String START_PATHWAY_WORK = "startPathwayWork";

		/** Service task: inputs {@code pathway}, {@code outcome}; records the pathway's outcome. */
		public static final String RECORD_PATHWAY_OUTCOME = "recordPathwayOutcome";

		/** Service task: inputs {@code breachKind}, {@code taskKey}; records an SLA breach, supervisors hear of it. */
		public static final String RECORD_SLA_BREACH = "recordSlaBreach";

		/** Service task: inputs {@code reminder}, {@code recipients} (company / advisor / supervisors). */
		public static final String SEND_REMINDER = "sendReminder";

		/** Task listener on timeout of every advisor task: ADVISOR_TASK_OVERDUE. */
		public static final String ADVISOR_TASK_OVERDUE = "advisorTaskOverdue";

		/** Service task after review APPROVE: inputs {@code registrationId}, {@code companyId}. */
		public static final String APPROVE_REGISTRATION = "approveRegistration";

		/** Service task after review REJECT: inputs {@code registrationId}, {@code note}. */
		public static final String REJECT_REGISTRATION = "rejectRegistration";

		/** Service task of the review's SLA timer: the supervisors hear the review is overdue. */
		public static final String REGISTRATION_REVIEW_OVERDUE = "registrationReviewOverdue";

		/** Service task after {@code rate-support}: inputs {@code rating}, {@code helpful}; the support was rated. */
		public static final String RECORD_RATING = "recordRating";

		/** Service task of deadline-watch's timer: publishes process.DeadlinePassed. */
		public static final String DEADLINE_PASSED = "deadlinePassed";

		/** Timer and due-date expressions: {@code ${deskTimers.triage}} and the like. */
		public static final String TIMERS = "deskTimers";

		private Beans() {
		}

	}

}
