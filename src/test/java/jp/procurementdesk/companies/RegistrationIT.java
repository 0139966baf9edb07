package jp.procurementdesk.companies;

import static jp.procurementdesk.companies.FrontDoor.freshAddress;
import static jp.procurementdesk.companies.FrontDoor.japaneseCompany;
import static jp.procurementdesk.companies.FrontDoor.mailTo;
import static jp.procurementdesk.companies.FrontDoor.tokenIn;
import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import jp.procurementdesk.support.MailCatcher.Mail;
import jp.procurementdesk.support.TestClock.MovableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A company's registration over HTTP, as a company and the supervisors meet it: the rules of
 * the form (Japan's corporate number with its check digit), the mail with a single-use link,
 * the same answer for a known address, and the review that the verification starts, with its
 * possible duplicates and a rejection mailed in the contact's language.
 */
@DeskIntegrationTest
class RegistrationIT {

	/** acme.user's address and acme-medical's corporate number (demo data). */
	static final String ACME_USER_EMAIL = "emily.carter@acme-medical.example.com";

	static final String ACME_CORPORATE_NUMBER = "9010401012345";

	@Autowired
	TestRestTemplate http;

	@Autowired
	MovableClock clock;

	FrontDoor frontDoor() {
		return new FrontDoor(http);
	}

	// ------------------------------------------------------------------ the rules

	@Test
	void aJapaneseCompanyWithAValidCorporateNumberIsAccepted() {
		String email = freshAddress();
		ResponseEntity<JsonNode> accepted = frontDoor().register(japaneseCompany(email), "en");

		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(accepted.getBody().path("status").asText()).isEqualTo("EMAIL_UNVERIFIED");
		assertThat(UUID.fromString(accepted.getBody().path("id").asText())).isNotNull();
		Mail mail = mailTo(email, FrontDoor::hasLink);
		assertThat(mail.subject()).isEqualTo("Confirm your registration with the Procurement Desk");
		assertThat(mail.body()).contains("Yamada Hanako", "Hokkaido Diagnostics K.K.", "within 24 hours");
	}

	@Test
	void aCorporateNumberWithAWrongCheckDigitIsRefused() {
		Map<String, Object> registration = japaneseCompany(freshAddress());
		String valid = (String) registration.get("corporateNumber");
		int check = valid.charAt(0) - '0';
		registration.put("corporateNumber", (check == 9 ? 1 : check + 1) + valid.substring(1));

		ResponseEntity<JsonNode> refused = frontDoor().register(registration, "en");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody().path("errors").path("corporateNumber").asText())
			.isEqualTo("must be a 13-digit corporate number with a valid check digit");
		assertThat(refused.getBody().path("errors").size()).isEqualTo(1);
	}

	@Test
	void aCompanyInJapanMustGiveItsCorporateNumberOthersNeedNot() {
		Map<String, Object> japanese = japaneseCompany(freshAddress());
		japanese.remove("corporateNumber");
		ResponseEntity<JsonNode> refused = frontDoor().register(japanese, "en");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("errors").path("corporateNumber").asText()).isEqualTo("is required");

		Map<String, Object> german = japaneseCompany(freshAddress());
		german.remove("corporateNumber");
		german.remove("companyNameJa");
		german.put("country", "DE");
		german.put("companyName", "Rhein Diagnostics GmbH");
		assertThat(frontDoor().register(german, "en").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
	}

	@Test
	void everyRefusedFieldIsNamedAtOnce() {
		Map<String, Object> bad = japaneseCompany("not an address");
		bad.put("companyName", " ");
		bad.put("country", "XX");
		bad.put("website", "http://insecure.example.jp");
		bad.put("productCategories", List.of());
		bad.put("acceptTerms", false);

		ResponseEntity<JsonNode> refused = frontDoor().register(bad, "en");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode errors = refused.getBody().path("errors");
		assertThat(errors.path("companyName").asText()).isEqualTo("is required");
		assertThat(errors.path("country").asText()).startsWith("must be an ISO 3166-1 alpha-2 country code");
		assertThat(errors.path("website").asText()).isEqualTo("must be an https:// address");
		assertThat(errors.path("productCategories").asText()).isEqualTo("choose at least one");
		assertThat(errors.path("contactEmail").asText()).isEqualTo("must be a valid email address");
		assertThat(errors.path("acceptTerms").asText()).isEqualTo("must be accepted");
	}

	// ------------------------------------------------------------------ no account enumeration

	/**
	 * A user's address, an address under review and a new one get the same answer: 202, the same
	 * fields, a status, an id (that leads nowhere for the known ones), in about the same time.
	 * Only the mails differ, and only the address's owner reads them.
	 */
	@Test
	void aKnownAddressGetsTheSameAnswerAsANewOne() {
		FrontDoor frontDoor = frontDoor();
		String underReview = freshAddress();
		frontDoor.registeredAndVerified(japaneseCompany(underReview), "en");

		List<String> known = List.of(ACME_USER_EMAIL, "daniel.brooks@acme-medical.example.com", underReview);
		List<Long> knownMillis = new ArrayList<>();
		List<Long> newMillis = new ArrayList<>();
		List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
		for (String address : known) {
			String fresh = freshAddress();
			long start = System.nanoTime();
			ResponseEntity<JsonNode> forKnown = frontDoor.register(japaneseCompany(address), "en");
			knownMillis.add((System.nanoTime() - start) / 1_000_000);
			start = System.nanoTime();
			ResponseEntity<JsonNode> forNew = frontDoor.register(japaneseCompany(fresh), "en");
			newMillis.add((System.nanoTime() - start) / 1_000_000);
			answers.add(forKnown);
			answers.add(forNew);
		}

		for (ResponseEntity<JsonNode> answer : answers) {
			assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
			assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
			assertThat(answer.getBody().properties()).extracting(Map.Entry::getKey).containsExactly("id", "status");
			assertThat(answer.getBody().path("status").asText()).isEqualTo("EMAIL_UNVERIFIED");
			assertThat(UUID.fromString(answer.getBody().path("id").asText())).isNotNull();
		}
		long knownMedian = knownMillis.stream().sorted().toList().get(1);
		long newMedian = newMillis.stream().sorted().toList().get(1);
		System.out.printf("Registration answer times: known addresses %s ms, new addresses %s ms%n", knownMillis,
				newMillis);
		assertThat(Math.abs(knownMedian - newMedian)).as("known %s ms, new %s ms", knownMillis, newMillis)
			.isLessThan(1000);
		// The known address's id is no registration.
		assertThat(new Api(http).get(SUPERVISOR, "/api/registrations/" + answers.get(0).getBody().path("id").asText())
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		Mail toUser = mailTo(ACME_USER_EMAIL, mail -> mail.body().contains("already belongs to a user"));
		assertThat(toUser.body()).doesNotContain("/register/verify");
		Mail toPending = mailTo(underReview, mail -> mail.body().contains("already being reviewed"));
		assertThat(toPending.body()).doesNotContain("/register/verify");
	}

	// ------------------------------------------------------------------ the verification link

	@Test
	void theLinkVerifiesOnceAndStartsTheReview() {
		FrontDoor frontDoor = frontDoor();
		String email = freshAddress();
		frontDoor.register(japaneseCompany(email), "en");
		String token = tokenIn(mailTo(email, FrontDoor::hasLink));

		// Opening the link (as a mail scanner does) changes nothing: only its button's POST verifies.
		assertThat(http.getForEntity("/register/verify?token=" + token, String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		ResponseEntity<JsonNode> verified = frontDoor.verify(token);
		assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(verified.getBody().path("status").asText()).isEqualTo("AWAITING_REVIEW");

		ResponseEntity<JsonNode> again = frontDoor.verify(token);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(again.getBody().path("detail").asText()).isEqualTo("Verification link not found");

		UUID id = UUID.fromString(verified.getBody().path("id").asText());
		JsonNode task = new Api(http).get(SUPERVISOR, "/api/tasks/" + frontDoor.reviewTask(id)).getBody();
		assertThat(task.path("key").asText()).isEqualTo("review-registration");
		assertThat(texts(task.path("candidateGroups"))).containsExactly("supervisors");
		assertThat(task.path("caseId").isNull()).isTrue();
		assertThat(task.path("fields").findValuesAsText("name")).containsExactly("decision", "companyId", "note");
		// Task lists of cases are not disturbed by a task of no case.
		assertThat(new Api(http).get(SUPERVISOR, "/api/tasks?size=100").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(new Api(http).get(ADVISOR, "/api/tasks/" + frontDoor.reviewTask(id)).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anExpiredOrUnknownLinkIsTheSame404() {
		FrontDoor frontDoor = frontDoor();
		String email = freshAddress();
		frontDoor.register(japaneseCompany(email), "en");
		String token = tokenIn(mailTo(email, FrontDoor::hasLink));

		clock.advance(Duration.ofDays(1).plusMinutes(1));
		ResponseEntity<JsonNode> expired;
		try {
			expired = frontDoor.verify(token);
		}
		finally {
			clock.reset();
		}
		ResponseEntity<JsonNode> unknown = frontDoor.verify("not-a-token-of-ours");

		assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(expired.getBody().path("detail")).isEqualTo(unknown.getBody().path("detail"));
	}

	// ------------------------------------------------------------------ the review

	@Test
	void theReviewShowsCompaniesWithTheSameCorporateNumberAndUsersAtTheSameDomain() {
		FrontDoor frontDoor = frontDoor();
		Map<String, Object> lookalike = japaneseCompany("new.colleague." + UUID.randomUUID().toString().substring(0, 6)
				+ "@acme-medical.example.com");
		lookalike.put("corporateNumber", ACME_CORPORATE_NUMBER);
		UUID duplicate = frontDoor.registeredAndVerified(lookalike, "en");
		UUID original = frontDoor.registeredAndVerified(japaneseCompany(freshAddress()), "en");
		UUID atGmail = frontDoor.registeredAndVerified(
				japaneseCompany("hokkaido." + UUID.randomUUID().toString().substring(0, 6) + "@gmail.com"), "en");

		JsonNode flagged = frontDoor.asSupervisor(duplicate).path("duplicates");
		assertThat(texts(flagged.path("companiesWithCorporateNumber"))).containsExactly("acme-medical");
		assertThat(texts(flagged.path("usersAtEmailDomain"))).contains(ACME, "acme.second");
		JsonNode clean = frontDoor.asSupervisor(original).path("duplicates");
		assertThat(texts(clean.path("companiesWithCorporateNumber"))).isEmpty();
		assertThat(texts(clean.path("usersAtEmailDomain"))).isEmpty();
		JsonNode gmail = frontDoor.asSupervisor(atGmail).path("duplicates");
		assertThat(gmail.path("publicMailDomain").asBoolean()).isTrue();
		assertThat(texts(gmail.path("usersAtEmailDomain"))).isEmpty();

		JsonNode list = new Api(http).get(SUPERVISOR, "/api/registrations?size=100").getBody();
		List<String> ids = list.path("items").findValuesAsText("id");
		assertThat(ids).contains(duplicate.toString(), original.toString());
		assertThat(ids.indexOf(duplicate.toString())).as("oldest first").isLessThan(ids.indexOf(original.toString()));
	}

	@Test
	void onlySupervisorsReadRegistrations() {
		Api api = new Api(http);
		assertThat(api.get(ACME, "/api/registrations").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.get(ADVISOR, "/api/registrations").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.get(ADVISOR, "/api/registrations/" + UUID.randomUUID()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.getForEntity("/api/registrations", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aRejectionMailsTheNoteInTheContactsLanguageAndKeepsTheRecord() {
		FrontDoor frontDoor = frontDoor();
		String email = freshAddress();
		UUID id = frontDoor.registeredAndVerified(japaneseCompany(email), "ja");
		assertThat(mailTo(email, FrontDoor::hasLink).subject()).isEqualTo("国際調達支援デスクへのご登録の確認");

		String note = "デスクは保健医療製品のメーカーを支援しています。貴社の製品は対象外です。";
		ResponseEntity<JsonNode> rejected = frontDoor.review(id, Map.of("decision", "REJECT", "note", note));

		assertThat(rejected.getStatusCode()).as(String.valueOf(rejected.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
		Mail mail = mailTo(email, found -> found.body().contains(note));
		assertThat(mail.subject()).isEqualTo("国際調達支援デスクへのご登録について");
		assertThat(mail.body()).contains("Yamada Hanako 様", "審査の結果");
		JsonNode record = frontDoor.asSupervisor(id);
		assertThat(record.path("status").asText()).isEqualTo("REJECTED");
		assertThat(record.path("note").asText()).isEqualTo(note);
		assertThat(record.path("decidedBy").asText()).isEqualTo(SUPERVISOR);
		assertThat(record.path("reviewTaskId").isNull()).isTrue();
	}

	@Test
	void anApprovalNeedsACompanyIdNobodyHas() {
		FrontDoor frontDoor = frontDoor();
		UUID id = frontDoor.registeredAndVerified(japaneseCompany(freshAddress()), "en");
		String task = frontDoor.reviewTask(id);

		ResponseEntity<JsonNode> taken = frontDoor.review(id, Map.of("decision", "APPROVE", "companyId", "acme-medical"));

		assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(taken.getBody().path("errors").path("companyId").asText()).isEqualTo("is taken by another company");
		assertThat(frontDoor.reviewTask(id)).as("the review stays open").isEqualTo(task);
		assertThat(frontDoor.asSupervisor(id).path("suggestedCompanyId").asText()).startsWith("hokkaido-diagnostics");
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.asText()));
		return texts;
	}

}
