package jp.procurementdesk.shared;

import java.util.List;
import java.util.function.Function;

/** A page of a list endpoint: {@code {items[], page, size, total}}, page from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 100;

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, total);
	}

}
