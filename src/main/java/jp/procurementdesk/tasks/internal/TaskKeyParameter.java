package jp.procurementdesk.tasks.internal;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import jp.procurementdesk.tasks.forms.FormDefinitions;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** The task list's {@code key} filter in the API's description: one of the keys the forms know. */
@Component
class TaskKeyParameter implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (!TaskController.class.equals(handler.getBeanType()) || operation.getParameters() == null) {
			return operation;
		}
		List<String> keys = new ArrayList<>(FormDefinitions.taskKeys());
		keys.sort(null);
		operation.getParameters()
			.stream()
			.filter(parameter -> "query".equals(parameter.getIn()) && "key".equals(parameter.getName()))
			.forEach(parameter -> parameter.setSchema(new StringSchema()._enum(keys))); // its own: springdoc shares them
		return operation;
	}

}
