package jp.procurementdesk.companies.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import jp.procurementdesk.companies.ProfileChange;

/**
 * A {@link ProfileChange} applied to a company field by field: what changed, with its old and
 * new value, is what the audit trail records ({@code PROFILE_CHANGED}). Texts are stripped
 * (blank optional ones become null), sets kept in their natural order (enum order, digits).
 */
final class ProfileEdit {

	private final Map<String, Object> changes = new LinkedHashMap<>();

	private ProfileEdit() {
	}

	/** Changes the company; returns field -> {old, new} of what changed (empty: nothing did). */
	static Map<String, Object> apply(Company company, ProfileChange change) {
		ProfileEdit edit = new ProfileEdit();
		edit.field("name", company.getName(), change.name().strip(), company::setName);
		edit.field("nameJa", company.getNameJa(), optional(change.nameJa()), company::setNameJa);
		edit.field("country", company.getCountry(), change.country(), company::setCountry);
		edit.field("website", company.getWebsite(), optional(change.website()), company::setWebsite);
		edit.field("productCategories", company.getProductCategories(), sorted(change.productCategories()),
				company::setProductCategories);
		edit.field("agencies", company.getAgencies(), sorted(change.agencies()), company::setAgencies);
		edit.field("ungmVendorId", company.getUngmVendorId(), optional(change.ungmVendorId()),
				company::setUngmVendorId);
		edit.field("ungmLevel", company.getUngmLevel(), change.ungmLevel() == null ? null : change.ungmLevel().name(),
				company::setUngmLevel);
		ProfileChange.Interests interests = change.interests();
		edit.field("interests.categories", company.getInterestCategories(), sorted(interests.categories()),
				company::setInterestCategories);
		edit.field("interests.agencies", company.getInterestAgencies(), sorted(interests.agencies()),
				company::setInterestAgencies);
		edit.field("interests.unspscPrefixes", company.getInterestUnspsc(), sorted(interests.unspscPrefixes()),
				company::setInterestUnspsc);
		return edit.changes;
	}

	private <T> void field(String name, T old, T next, Consumer<T> setter) {
		if (Objects.equals(old, next)) {
			return;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("old", shown(old));
		values.put("new", shown(next));
		changes.put(name, values);
		setter.accept(next);
	}

	/** A set as a list in natural order (enums in their order): the column gives no order back. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object shown(Object value) {
		if (value instanceof Collection<?> items) {
			return items.stream().map(item -> (Comparable) item).sorted().map(String::valueOf).toList();
		}
		return value;
	}

	private static String optional(String text) {
		return ProfileRules.given(text) ? text.strip() : null;
	}

	private static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values) {
		return new LinkedHashSet<>(new TreeSet<>(values));
	}

}
