package jp.procurementdesk.cases;

import java.time.OffsetDateTime;
import java.util.Map;

/** One entry of a case's append-only timeline. */
public record TimelineRecord(OffsetDateTime at, String actor, TimelineType type, Map<String, Object> details) {

}
