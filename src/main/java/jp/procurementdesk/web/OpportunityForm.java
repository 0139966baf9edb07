package jp.procurementdesk.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.opportunities.OpportunityDraft;
import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.InvalidInputException.Problem;

/**
 * The desk's opportunity form as typed: every field is text, times are the browser's local
 * date-time in the desk's zone, UNSPSC codes are the chosen families plus any other 8-digit codes
 * typed (separated by spaces or commas). The rules are the module's.
 *
 * <p>Longer than the house's ~200 lines on purpose: some 120 of them are the getters and setters
 * Spring binds the form's fields through; the logic is {@link #of} and {@link #read}, and splitting
 * the bean would split one form across classes.
 */
public class OpportunityForm {

	private String kind;

	private String title;

	private String summary;

	private String agency;

	private List<String> productCategories = new ArrayList<>();

	private List<String> unspscFamilies = new ArrayList<>();

	private String otherUnspscCodes;

	private String noticeId;

	private String url;

	private String deadline;

	private String startsAt;

	private String endsAt;

	private String venue;

	private String capacity;

	private long version = -1;

	/** An opportunity's fields, to correct them; families offered are ticked, other codes typed. */
	static OpportunityForm of(OpportunityView view, ZoneId zone, Set<String> offeredFamilies) {
		OpportunityForm form = new OpportunityForm();
		form.kind = view.kind().name();
		form.title = view.title();
		form.summary = view.summary();
		form.agency = view.agency() == null ? "" : view.agency().name();
		form.productCategories = view.productCategories().stream().map(Enum::name).sorted().toList();
		form.unspscFamilies = view.unspscCodes().stream().filter(offeredFamilies::contains).toList();
		form.otherUnspscCodes = String.join(" ",
				view.unspscCodes().stream().filter(code -> !offeredFamilies.contains(code)).toList());
		form.noticeId = view.noticeId();
		form.url = view.url();
		form.deadline = local(view.deadline(), zone);
		form.startsAt = local(view.startsAt(), zone);
		form.endsAt = local(view.endsAt(), zone);
		form.venue = view.venue();
		form.capacity = view.capacity() == null ? "" : view.capacity().toString();
		form.version = view.version();
		return form;
	}

	/** The draft and what could not be read (field -> problem); unreadable values are null in the draft. */
	Reading read(ZoneId zone) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		OpportunityKind chosenKind = option(OpportunityKind.class, kind, "kind", problems);
		TargetAgency chosenAgency = option(TargetAgency.class, agency, "agency", problems);
		Set<ProductCategory> categories = new LinkedHashSet<>();
		for (String category : productCategories) {
			ProductCategory chosen = option(ProductCategory.class, category, "productCategories", problems);
			if (chosen != null) {
				categories.add(chosen);
			}
		}
		Set<String> codes = new LinkedHashSet<>(unspscFamilies.stream().filter(code -> !code.isBlank()).toList());
		if (otherUnspscCodes != null) {
			Arrays.stream(otherUnspscCodes.split("[\\s,、]+")).filter(code -> !code.isBlank()).forEach(codes::add);
		}
		Integer seats = null;
		if (capacity != null && !capacity.isBlank()) {
			try {
				seats = Integer.valueOf(capacity.strip());
			}
			catch (NumberFormatException notANumber) {
				problems.put("capacity", new Problem("integer"));
			}
		}
		OpportunityDraft draft = new OpportunityDraft(chosenKind, title, summary, chosenAgency, categories,
				List.copyOf(codes), optional(noticeId), optional(url), time(deadline, "deadline", zone, problems),
				time(startsAt, "startsAt", zone, problems), time(endsAt, "endsAt", zone, problems), optional(venue), seats);
		return new Reading(draft, problems);
	}

	record Reading(OpportunityDraft draft, Map<String, Problem> problems) {
	}

	/** A field left empty is not given (the browser sends it as an empty text). */
	private static String optional(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static <E extends Enum<E>> E option(Class<E> type, String value, String field, Map<String, Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException unknown) {
			problems.putIfAbsent(field, new Problem("option", Arrays.toString(type.getEnumConstants())));
			return null;
		}
	}

	private static OffsetDateTime time(String local, String field, ZoneId zone, Map<String, Problem> problems) {
		if (local == null || local.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(local.strip()).atZone(zone).toOffsetDateTime();
		}
		catch (DateTimeParseException unreadable) {
			problems.put(field, new Problem("date-time"));
			return null;
		}
	}

	private static String local(OffsetDateTime time, ZoneId zone) {
		return time == null ? "" : time.atZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getAgency() {
		return agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public List<String> getProductCategories() {
		return productCategories;
	}

	public void setProductCategories(List<String> productCategories) {
		this.productCategories = productCategories == null ? new ArrayList<>() : new ArrayList<>(productCategories);
	}

	public List<String> getUnspscFamilies() {
		return unspscFamilies;
	}

	public void setUnspscFamilies(List<String> unspscFamilies) {
		this.unspscFamilies = unspscFamilies == null ? new ArrayList<>() : new ArrayList<>(unspscFamilies);
	}

	public String getOtherUnspscCodes() {
		return otherUnspscCodes;
	}

	public void setOtherUnspscCodes(String otherUnspscCodes) {
		this.otherUnspscCodes = otherUnspscCodes;
	}

	public String getNoticeId() {
		return noticeId;
	}

	public void setNoticeId(String noticeId) {
		this.noticeId = noticeId;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getDeadline() {
		return deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt;
	}

	public String getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
