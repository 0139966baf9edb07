package jp.procurementdesk.reliability;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.procurementdesk.support.DemoUsers;
import jp.procurementdesk.tasks.forms.FormDefinitions;
import jp.procurementdesk.tasks.forms.FormField;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What a careless or hostile client sends: jqwik arbitraries for bodies, query parameters,
 * headers and path ids. Everything derives from jqwik's seeded randomness, so a seed
 * reproduces the same requests.
 */
final class Junk {

	/** Field names the desk knows (task forms, the inquiry, withdrawal, assignment), and a few it does not. */
	static final List<String> FIELD_NAMES = fieldNames();

	static final List<String> QUERY_NAMES = List.of("page", "size", "status", "q", "caseId", "key", "overdue",
			"assignment", "sort", "fiscalYear", "unread", "lang", "case", "mine", "back", "assignee", "reason", "type",
			"_csrf", "productName", "decision", "firstResult", "maxResults", "sortBy", "sortOrder", "processInstanceId",
			"kind", "category", "agency", "matching", "includeClosed");

	/** Strings that broke other applications: injections, encodings, limits, formats. */
	static final List<String> NASTY = List.of("", " ", "\t", "null", "undefined", "true", "0", "-1", "2147483647",
			"2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999", "1e308", "-0", "NaN",
			"Infinity", "0x1F", "1,5", "' OR '1'='1", "'; drop table desk.support_case; --", "\" or \"\"=\"",
			"%", "_", "\\", "%00", "%2e%2e%2f", "../../../etc/passwd", "..\\..\\windows", "<script>alert(1)</script>",
			"<img src=x onerror=alert(1)>", "{{7*7}}", "${7*7}", "#{7*7}", "[[${7*7}]]", "*{T(java.lang.Runtime)}",
			"javascript:alert(1)", "//evil.example/", "/\\evil", "http://evil.example", "OPEN", "TRIAGE", "CLOSED",
			"ACCEPT", "WHO_PQ", "IVD", "me", "pool", "due", "created", ADVISOR, SUPERVISOR,
			SAKURA, "nobody", "ja", "en", "xx", "2026", "1999", "2101", "9999", "2026-02-30", "2020-01-01",
			"2999-12-31", "31/12/2026", "2026-01-01T00:00", "2999-01-01T00:00:00+09:00", "\u0000", "a\u0000b",
			"\uFEFF", "\u202Eevil.pdf", "\uD800", "日本語のテキスト", "🦠💉🧪", "Ω≈ç√∫", "ｆｕｌｌｗｉｄｔｈ", "e\u0301",
			"\r\nX-Injected: 1", "😀".repeat(300), "x".repeat(201), "x".repeat(4001), "y".repeat(70_000));

	private Junk() {
	}

	// ---- scalar values ----

	static Arbitrary<String> strings() {
		return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(NASTY)),
				Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
				Tuple.of(2, Arbitraries.strings().alpha().numeric().withChars("._- ").ofMaxLength(30)),
				Tuple.of(1, Arbitraries.strings().all().ofMinLength(300).ofMaxLength(6000)));
	}

	static Arbitrary<Object> numbers() {
		return Arbitraries.oneOf(Arbitraries.integers().map(n -> (Object) n), Arbitraries.longs().map(n -> (Object) n),
				Arbitraries.of(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE).map(n -> (Object) n),
				Arbitraries.doubles().map(n -> (Object) n),
				Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-0.000000000000000000001"),
						new BigDecimal(BigInteger.TEN.pow(60)), new BigDecimal("123456789012345678.99")).map(n -> (Object) n));
	}

	static Arbitrary<Object> scalars() {
		return Arbitraries.frequencyOf(Tuple.of(5, strings().map(s -> (Object) s)), Tuple.of(2, numbers()),
				Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
				Tuple.of(2, Arbitraries.of(valueHints()).map(s -> (Object) s)))
			.injectNull(0.1);
	}

	/** Values that look right: options of the forms, usernames, dates. */
	static List<String> valueHints() {
		Set<String> hints = new TreeSet<>(List.of(ADVISOR, OTHER_ADVISOR, SUPERVISOR, ACME,
				"2020-01-01", "2999-12-31", "2999-01-01T10:00:00+09:00", "2020-01-01T10:00:00+09:00", "true", "false",
				"MEDICINE", "VACCINE", "IVD", "MEDICAL_DEVICE", "UNICEF", "WHO_PQ", "COMPENDIUM", "UN_PROCUREMENT",
				"PRODUCT_DOSSIER", "OTHER"));
		FormDefinitions.taskKeys().forEach(key -> FormDefinitions.of(key).orElseThrow().forEach(field -> {
			if (field.options() != null) {
				hints.addAll(field.options());
			}
		}));
		return List.copyOf(hints);
	}

	// ---- JSON ----

	/** A JSON value of any shape, at most {@code depth} levels of arrays and objects. */
	static Arbitrary<Object> json(int depth) {
		if (depth == 0) {
			return scalars();
		}
		Arbitrary<Object> inner = Arbitraries.lazy(() -> json(depth - 1));
		return Arbitraries.frequencyOf(Tuple.of(4, scalars()),
				Tuple.of(1, inner.list().ofMaxSize(4).map(list -> (Object) list)),
				Tuple.of(2, objects(inner).map(map -> (Object) map)));
	}

	/** An object with mostly known field names, some unknown ones. */
	static Arbitrary<Map<String, Object>> objects(Arbitrary<Object> values) {
		Arbitrary<String> names = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(FIELD_NAMES)),
				Tuple.of(1, strings()));
		return Arbitraries.maps(names, values).ofMaxSize(6).map(map -> (Map<String, Object>) new LinkedHashMap<>(map));
	}

	/** A body for the JSON endpoints: objects most of the time, anything else sometimes. */
	static Arbitrary<Object> jsonBodies() {
		Arbitrary<Object> field = json(2);
		return Arbitraries.frequencyOf(Tuple.of(6, objects(field).map(map -> (Object) map)),
				Tuple.of(3, almostValidBodies()), Tuple.of(1, json(3)));
	}

	/** A valid inquiry, triage or withdrawal with one field made wrong: the mistakes real clients make. */
	static Arbitrary<Object> almostValidBodies() {
		Arbitrary<Map<String, Object>> valid = Arbitraries.of(inquiry(), triage(), Map.of("reason", "No longer needed"),
				Map.of("assignee", OTHER_ADVISOR), Map.of("decision", "REQUEST_INFO", "note", "Which product?"),
				Map.of("response", "Here it is"), Map.of("accept", false), consultation(), opportunity(),
				Map.of("usernames", List.of("acme.user", "nobody")), Map.of("productIds", List.of(java.util.UUID.randomUUID())));
		return Combinators.combine(valid, Arbitraries.of(FIELD_NAMES), json(1), Arbitraries.of(true, false))
			.as((body, name, value, remove) -> {
				Map<String, Object> changed = new LinkedHashMap<>(body);
				List<String> present = new ArrayList<>(changed.keySet());
				String target = remove && !present.isEmpty() ? present.get(Math.abs(name.hashCode()) % present.size()) : name;
				if (remove) {
					changed.remove(target);
				}
				else {
					changed.put(target, value);
				}
				return changed;
			});
	}

	static Map<String, Object> inquiry() {
		return Map.of("productName", "Fuzzed net", "productCategory", "VECTOR_CONTROL", "pathways", List.of("WHO_PQ"),
				"targetAgencies", List.of("UNICEF"), "summary", "A fuzzed inquiry.");
	}

	/** A UN tender the desk could publish (deadline far ahead). */
	static Map<String, Object> opportunity() {
		return Map.of("kind", "UN_TENDER", "title", "A fuzzed tender", "summary", "Fuzzed.", "agency", "UNICEF",
				"productCategories", List.of("IVD"), "unspscCodes", List.of("41116100"), "url", "https://www.ungm.org/",
				"deadline", "2099-01-05T17:00:00+09:00");
	}

	/** A seminar of five seats the desk could publish (far ahead). */
	static Map<String, Object> event() {
		return Map.of("kind", "EVENT", "title", "A fuzzed seminar", "summary", "Fuzzed.", "startsAt",
				"2099-02-01T10:00:00+09:00", "endsAt", "2099-02-01T12:00:00+09:00", "venue", "Online", "capacity", 5,
				"deadline", "2099-01-25T17:00:00+09:00");
	}

	static Map<String, Object> consultation() {
		return Map.of("heldOn", "2026-01-05", "channel", "PHONE", "minutes", 20, "topics", List.of("REGULATORY"),
				"attendees", "Ms Ito", "summary", "A fuzzed consultation.");
	}

	private static Map<String, Object> triage() {
		return Map.of("decision", "ACCEPT", "advisor", ADVISOR, "pathways", List.of("WHO_PQ"));
	}

	/** Bodies that are not JSON of any kind, or broken JSON. */
	static Arbitrary<String> rawBodies() {
		return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("{", "}", "[", "{\"productName\": ", "{'a': 1}",
				"null", "[]", "\"text\"", "42", "true", "{\"a\":1}{\"b\":2}", "{\"a\":1,}", "{\"a\" 1}", "\u0000",
				"<?xml version=\"1.0\"?><case><productName>x</productName></case>", "a=b&c=d", "--boundary--",
				"[".repeat(5000), "{\"a\":".repeat(3000), "{\"productName\":\"" + "\\u0000".repeat(3) + "\"}",
				"{\"summary\":\"\\ud800\"}", "{\"size\":1e99999}", "{\"page\":-0.0}", "\uFEFF{\"reason\":\"bom\"}")),
				Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
	}

	// ---- headers ----

	static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json",
			"application/problem+json", "application/json;charset=UTF-16", "application/json;charset=EBCDIC-NOPE",
			"text/plain", "text/html", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
			"multipart/form-data; boundary=", "multipart/form-data; boundary=nope", "multipart/mixed; boundary=x",
			"application/octet-stream", "image/png", "garbage", "a/b/c", "application/json; charset", ";;;", "*/*",
			"application/*");

	static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/problem+json", "text/html",
			"application/xml", "text/csv", "image/png", "text/plain", "garbage", "a/b;q=x", "application/json;q=0",
			"text/html;q=0.9, application/json;q=0.1", "*/*;q=0.1", "");

	static Arbitrary<Map<String, String>> headers() {
		Arbitrary<Map<String, String>> none = Arbitraries.just(Map.of());
		Arbitrary<Map<String, String>> some = Combinators
			.combine(Arbitraries.of(ACCEPTS).injectNull(0.5), idempotencyKeys().injectNull(0.6),
					Arbitraries.of("ja", "en", "xx-YY;q=abc", "*", "ja;q=0.1, en;q=0.9", "de-DE-x-1234567890")
						.injectNull(0.7),
					Arbitraries.of("https", "garbage", "http, https").injectNull(0.9),
					Arbitraries.of("evil.example", "a b", "[::1]:99999", "localhost:-1").injectNull(0.9),
					Arbitraries.of("bytes=0-10", "bytes=abc", "bytes=10-0", "bytes=-1,0-").injectNull(0.9),
					Arbitraries.of("http://evil.example", "null").injectNull(0.9))
			.as((accept, key, language, proto, host, range, origin) -> {
				Map<String, String> headers = new LinkedHashMap<>();
				putIf(headers, "Accept", accept);
				putIf(headers, "Idempotency-Key", key);
				putIf(headers, "Accept-Language", language);
				putIf(headers, "X-Forwarded-Proto", proto);
				putIf(headers, "X-Forwarded-Host", host);
				putIf(headers, "Range", range);
				putIf(headers, "Origin", origin);
				return headers;
			});
		return Arbitraries.frequencyOf(Tuple.of(1, none), Tuple.of(3, some));
	}

	static Arbitrary<String> idempotencyKeys() {
		return Arbitraries.oneOf(Arbitraries.of(" ", "k", "x".repeat(200), "x".repeat(201), "y".repeat(6000),
				"鍵🔑", "é", "'; select 1; --", "<b>k</b>"), Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(60));
	}

	private static void putIf(Map<String, String> headers, String name, String value) {
		if (value != null) {
			// Header values are ISO-8859-1 text without line breaks on the wire.
			StringBuilder clean = new StringBuilder();
			value.chars().filter(c -> c >= 0x20 && c != 0x7F && c <= 0xFF).forEach(c -> clean.append((char) c));
			headers.put(name, clean.toString());
		}
	}

	// ---- query parameters ----

	static Arbitrary<List<Map.Entry<String, String>>> queries() {
		Arbitrary<String> names = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(QUERY_NAMES)),
				Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)));
		Arbitrary<Map.Entry<String, String>> pair = Combinators.combine(names, strings()).as(Map::entry);
		return pair.list().ofMaxSize(4);
	}

	// ---- multipart ----

	record Part(String name, String fileName, String contentType, byte[] content) {
	}

	static Arbitrary<List<Part>> multiparts() {
		Arbitrary<String> partNames = Arbitraries.of("file", "file", "type", "type", "files", "", "FILE", "_csrf");
		Arbitrary<String> fileNames = Arbitraries.oneOf(Arbitraries.of("dossier.pdf", "../../etc/passwd", "a/b\\c.pdf",
				"", " ", ".pdf", "名前.pdf", "\u202Egpj.exe", "CON", "x".repeat(5000) + ".pdf", "a\"b.pdf", "a;b=c.pdf"),
				strings()).injectNull(0.2);
		Arbitrary<byte[]> contents = Arbitraries.oneOf(
				Arbitraries.of(new byte[0], "%PDF-1.4\n%%EOF\n".getBytes(), "MZ\u0090\u0000 executable".getBytes(),
						"plain words".getBytes(), "<html><script>x</script></html>".getBytes(), new byte[] { 0, 0, 0 }),
				Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
		Arbitrary<String> values = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of("PRODUCT_DOSSIER", "OTHER")),
				Tuple.of(1, strings()));
		Arbitrary<Part> part = Combinators
			.combine(partNames, fileNames, Arbitraries.of("application/pdf", "text/plain", "application/x-msdownload",
					"garbage", "").injectNull(0.3), contents, values, Arbitraries.of(true, false))
			.as((name, fileName, type, bytes, value, isFile) -> isFile
					? new Part(name, fileName == null ? "" : fileName, type, bytes)
					: new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8)));
		return part.list().ofMaxSize(4);
	}

	// ---- path ids ----

	/** Which id goes into a {@code {id}} path segment. */
	enum IdKind {

		OWN_CASE, OTHER_COMPANY_CASE, ADVISOR_CASE, CLOSED_CASE, COMPANY_TASK, ADVISOR_TASK, TRIAGE_TASK,
		COMPLETED_TASK, OTHER_COMPANY_TASK, DOCUMENT, OTHER_COMPANY_DOCUMENT, NOTIFICATION, OTHER_NOTIFICATION,
		/** Products of the registers of acme (the company caller's) and of sakura. */
		OWN_PRODUCT, OTHER_COMPANY_PRODUCT,
		/**
		 * sakura's company-admin as a colleague to disable (acme finds nobody, sakura may not disable
		 * themselves). No demo user who could really be disabled is ever aimed at.
		 */
		OTHER_COMPANY_USER,
		REGISTRATION, REVIEW_TASK,
		/** advisor.tanaka's consultation record on their case. */
		CONSULTATION,
		/** A published opportunity and a draft (companies do not see the draft). */
		OPPORTUNITY, DRAFT_OPPORTUNITY,
		/** A published event with seats (registrations, attendance, products shown). */
		EVENT, RANDOM_UUID, NIL_UUID, JUNK

	}

	static Arbitrary<String> junkIds() {
		return Arbitraries.oneOf(Arbitraries.of("not-a-uuid", "1", "-1", "00000000-0000-0000-0000-00000000000g",
				"00000000000000000000000000000000", "{id}", "..", ".", "%2e%2e", "%00", "' or 1=1 --", "<b>",
				"x".repeat(3000), "d8f4c1e2-8d4a-4b5e-9c3a-1f2e3d4c5b6a-extra", "ＵＵＩＤ", "🦠", "a;b", "a b", "null"),
				Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20));
	}

	// ---- roles ----

	/** Who sends the request; the brief's four roles plus their neighbours and broken credentials. */
	enum Caller {

		COMPANY(DemoUsers.ACME), OTHER_COMPANY(DemoUsers.SAKURA), ADVISOR(DemoUsers.ADVISOR),
		OTHER_ADVISOR(DemoUsers.OTHER_ADVISOR), SUPERVISOR(DemoUsers.SUPERVISOR), ANONYMOUS(null), BROKEN_TOKEN(null);

		final String username;

		Caller(String username) {
			this.username = username;
		}

	}

	private static List<String> fieldNames() {
		Set<String> names = new TreeSet<>(List.of("productName", "productCategory", "pathways", "targetAgencies",
				"summary", "reason", "assignee", "id", "status", "kind", "title", "agency", "productCategories",
				"unspscCodes", "noticeId", "url", "deadline", "startsAt", "endsAt", "venue", "capacity", "companyId", "reference", "version", "__proto__",
				"constructor", "@class", "$where"));
		FormDefinitions.taskKeys()
			.forEach(key -> FormDefinitions.of(key).orElseThrow().stream().map(FormField::name).forEach(names::add));
		return List.copyOf(names);
	}

}
