package jp.procurementdesk.companies;

import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskInfrastructure;
import jp.procurementdesk.support.MailCatcher.Mail;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A company's way in as the tests take it: registrations by the API without a token, the
 * mails the contact gets (from the test SMTP server), the verification, and the supervisor's
 * view of the registration.
 */
public final class FrontDoor {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/register/verify\\?token=([A-Za-z0-9_-]+)");

	private final TestRestTemplate http;

	private final Api api;

	public FrontDoor(TestRestTemplate http) {
		this.http = http;
		this.api = new Api(http);
	}

	/** A registration of a company in Japan with a fresh corporate number, at a domain of its own. */
	public static Map<String, Object> japaneseCompany(String email) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("companyName", "Hokkaido Diagnostics K.K.");
		body.put("companyNameJa", "北海道診断株式会社");
		body.put("country", "JP");
		body.put("corporateNumber", freshCorporateNumber());
		body.put("website", "https://hokkaido-diagnostics.example.jp");
		body.put("productCategories", List.of("IVD", "MEDICAL_DEVICE"));
		body.put("contactName", "Yamada Hanako");
		body.put("contactEmail", email);
		body.put("acceptTerms", true);
		return body;
	}

	/** An address nobody has, at a domain nobody has. */
	public static String freshAddress() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		return "contact." + id + "@maker-" + id + ".example.jp";
	}

	/** A corporate number with a valid check digit that no company has. */
	public static String freshCorporateNumber() {
		StringBuilder base = new StringBuilder();
		for (int i = 0; i < CorporateNumber.BASE_LENGTH; i++) {
			base.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CorporateNumber.ofBase(base.toString()).value();
	}

	/** {@code POST /api/registrations} without a token, in the language given ({@code Accept-Language}). */
	public ResponseEntity<JsonNode> register(Map<String, Object> body, String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		return http.exchange("/api/registrations", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
	}

	/** {@code POST /api/registrations/verify} without a token. */
	public ResponseEntity<JsonNode> verify(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.exchange("/api/registrations/verify", HttpMethod.POST,
				new HttpEntity<>(Map.of("token", token), headers), JsonNode.class);
	}

	/** Registers (asserting 202), verifies with the mailed token (asserting 200): the registration's id. */
	public UUID registeredAndVerified(Map<String, Object> body, String language) {
		ResponseEntity<JsonNode> accepted = register(body, language);
		assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.ACCEPTED);
		String token = tokenIn(mailTo((String) body.get("contactEmail"), mail -> LINK.matcher(mail.body()).find()));
		ResponseEntity<JsonNode> verified = verify(token);
		assertThat(verified.getStatusCode()).as(String.valueOf(verified.getBody())).isEqualTo(HttpStatus.OK);
		return UUID.fromString(verified.getBody().path("id").asText());
	}

	/** The registration as a supervisor sees it ({@code GET /api/registrations/{id}}). */
	public JsonNode asSupervisor(UUID registrationId) {
		ResponseEntity<JsonNode> registration = api.get(SUPERVISOR, "/api/registrations/" + registrationId);
		assertThat(registration.getStatusCode()).as(String.valueOf(registration.getBody())).isEqualTo(HttpStatus.OK);
		return registration.getBody();
	}

	/** The open review task of the registration. */
	public String reviewTask(UUID registrationId) {
		String taskId = asSupervisor(registrationId).path("reviewTaskId").asText(null);
		assertThat(taskId).as("review task of " + registrationId).isNotBlank();
		return taskId;
	}

	/** Completes the review as the supervisor: the response as is. */
	public ResponseEntity<JsonNode> review(UUID registrationId, Map<String, ?> values) {
		return api.post(SUPERVISOR, "/api/tasks/" + reviewTask(registrationId) + "/complete", values);
	}

	/** The first mail to the address that matches, waiting up to 30 s for it. */
	public static Mail mailTo(String address, Predicate<Mail> matching) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			for (Mail mail : DeskInfrastructure.testMail().received()) {
				if (mail.to().contains(address) && matching.test(mail)) {
					return mail;
				}
			}
			sleep(250);
		}
		throw new AssertionError("No such mail to " + address + "; received: " + DeskInfrastructure.testMail()
			.received()
			.stream()
			.filter(mail -> mail.to().contains(address))
			.map(Mail::subject)
			.toList());
	}

	/** Every mail to the address so far. */
	public static List<Mail> mailsTo(String address) {
		return DeskInfrastructure.testMail().received().stream().filter(mail -> mail.to().contains(address)).toList();
	}

	/** The verification token of a mailed link. */
	public static String tokenIn(Mail mail) {
		Matcher link = LINK.matcher(mail.body());
		assertThat(link.find()).as("a verification link in " + mail.body()).isTrue();
		return link.group(1);
	}

	/** The verification link itself (as a person clicks it). */
	public static String linkIn(Mail mail) {
		Matcher link = LINK.matcher(mail.body());
		assertThat(link.find()).as("a verification link in " + mail.body()).isTrue();
		return link.group();
	}

	public static boolean hasLink(Mail mail) {
		return LINK.matcher(mail.body()).find();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
