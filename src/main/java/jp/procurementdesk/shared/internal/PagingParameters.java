package jp.procurementdesk.shared.internal;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jp.procurementdesk.shared.Page;
import jp.procurementdesk.shared.Paging;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** The limits {@link Paging#check} enforces, on the {@code page} and {@code size} of every list operation. */
@Component
class PagingParameters implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (operation.getParameters() == null || !Page.class.isAssignableFrom(handler.getMethod().getReturnType())) {
			return operation;
		}
		for (Parameter parameter : operation.getParameters()) {
			if (!"query".equals(parameter.getIn()) || parameter.getSchema() == null) {
				continue;
			}
			// A schema of its own each time: springdoc may share one between parameters of a type.
			if ("page".equals(parameter.getName())) {
				parameter.description("The page, from 0.");
				parameter.setSchema(limited(parameter.getSchema(), BigDecimal.ZERO, null));
			}
			else if ("size".equals(parameter.getName())) {
				parameter.description("Items per page, 1 to " + Page.MAX_SIZE + ".");
				parameter.setSchema(limited(parameter.getSchema(), BigDecimal.ONE, BigDecimal.valueOf(Page.MAX_SIZE)));
			}
		}
		return operation;
	}

	private static Schema<?> limited(Schema<?> generated, BigDecimal minimum, BigDecimal maximum) {
		Schema<Integer> schema = new IntegerSchema().minimum(minimum).maximum(maximum);
		if (generated.getDefault() != null) {
			schema.setDefault(generated.getDefault());
		}
		return schema;
	}

}
