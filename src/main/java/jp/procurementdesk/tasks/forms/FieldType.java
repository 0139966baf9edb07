package jp.procurementdesk.tasks.forms;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kinds of form field, named as clients see them in {@code fields[].type}. */
public enum FieldType {

	TEXT("text"), ENUM("enum"), MULTI_ENUM("multi-enum"), BOOLEAN("boolean"), DATE("date"), DATE_TIME("date-time"),
	DECIMAL("decimal"), USER("user"), INTEGER("integer");

	private final String json;

	FieldType(String json) {
		this.json = json;
	}

	@JsonValue
	public String json() {
		return json;
	}

}
