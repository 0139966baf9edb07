package jp.procurementdesk.cases.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.cases.TimelineType;

import org.springframework.stereotype.Component;

/** Appends to a case's timeline; there is deliberately no way to change or remove a record. */
@Component
class Timeline {

	private final TimelineRepository records;

	private final Clock clock;

	Timeline(TimelineRepository records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	void append(UUID caseId, String actor, TimelineType type, Map<String, Object> details) {
		records.save(new TimelineEntry(caseId, OffsetDateTime.now(clock), actor, type, details));
	}

}
