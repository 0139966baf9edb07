package jp.procurementdesk.opportunities.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.procurementdesk.opportunities.OpportunityKind;
import jp.procurementdesk.opportunities.OpportunityView;

/**
 * The fields of an opportunity as its audit writes them (times in UTC, sets sorted), what a
 * correction changed, and when an opportunity closes.
 */
final class OpportunityChanges {

	private OpportunityChanges() {
	}

	/** Field -> value, JSON-ready; what the desk writes of an opportunity. */
	static Map<String, Object> fields(OpportunityView view) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", view.title());
		fields.put("summary", view.summary());
		fields.put("agency", view.agency() == null ? null : view.agency().name());
		fields.put("productCategories", view.productCategories().stream().map(Enum::name).sorted().toList());
		fields.put("unspscCodes", view.unspscCodes().stream().sorted().toList());
		fields.put("noticeId", view.noticeId());
		fields.put("url", view.url());
		fields.put("deadline", utc(view.deadline()));
		fields.put("startsAt", utc(view.startsAt()));
		fields.put("endsAt", utc(view.endsAt()));
		fields.put("venue", view.venue());
		fields.put("capacity", view.capacity());
		return fields;
	}

	/** Field -> {@code {old, new}} for each field that differs; empty when nothing changed. */
	static Map<String, Object> between(OpportunityView before, OpportunityView after) {
		Map<String, Object> old = fields(before);
		Map<String, Object> next = fields(after);
		Map<String, Object> changes = new LinkedHashMap<>();
		old.forEach((field, value) -> {
			if (!Objects.equals(value, next.get(field))) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("old", value);
				change.put("new", next.get(field));
				changes.put(field, change);
			}
		});
		return changes;
	}

	/**
	 * When a published opportunity closes: at its deadline; an event when it is over (its end, else
	 * its start), so that its registrants still see it until then; news without a deadline never.
	 */
	static Optional<OffsetDateTime> closesAt(OpportunityView view) {
		if (view.kind() == OpportunityKind.EVENT) {
			return Optional.ofNullable(view.endsAt() != null ? view.endsAt() : view.startsAt());
		}
		return Optional.ofNullable(view.deadline());
	}

	static boolean sameInstant(Optional<OffsetDateTime> one, Optional<OffsetDateTime> other) {
		return one.map(OffsetDateTime::toInstant).equals(other.map(OffsetDateTime::toInstant));
	}

	private static String utc(OffsetDateTime time) {
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toString();
	}

}
