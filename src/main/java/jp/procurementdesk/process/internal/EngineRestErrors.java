package jp.procurementdesk.process.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.message.internal.HeaderValueException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's engine REST API answers 500 to some client mistakes: an id of a task or
 * execution that does not exist (the engine's NullValueException, sometimes wrapped in a
 * RestException) and a header it cannot parse. Here they get the 404 or 400 a client can act
 * on, in Camunda's own error shape ({@code {type, message, code}}).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

	@Bean
	ResourceConfigCustomizer engineRestClientErrors() {
		return config -> config.register(MissingEntity.class)
			.register(WrappedMissingEntity.class)
			.register(UnparsableHeader.class);
	}

	/** "task x doesn't exist", "Cannot find task with id x": 404; "x is null" (a missing parameter): 400. */
	static Status statusOf(NullValueException missing) {
		String message = String.valueOf(missing.getMessage());
		return message.contains("doesn't exist") || message.contains("Cannot find") ? Status.NOT_FOUND
				: Status.BAD_REQUEST;
	}

	static Response answer(Status status, Throwable cause) {
		return Response.status(status)
			.entity(ExceptionHandlerHelper.getInstance().fromException(cause))
			.type(MediaType.APPLICATION_JSON_TYPE)
			.build();
	}

	static class MissingEntity implements ExceptionMapper<NullValueException> {

		@Override
		public Response toResponse(NullValueException missing) {
			return answer(statusOf(missing), missing);
		}

	}

	/** Only the 500s Camunda wraps around a missing entity; every other RestException keeps Camunda's mapping. */
	@Priority(Priorities.USER - 100)
	static class WrappedMissingEntity implements ExtendedExceptionMapper<RestException> {

		@Override
		public boolean isMappable(RestException wrapper) {
			return wrapper.getStatus() == Status.INTERNAL_SERVER_ERROR && wrapper.getCause() instanceof NullValueException;
		}

		@Override
		public Response toResponse(RestException wrapper) {
			return answer(statusOf((NullValueException) wrapper.getCause()), wrapper);
		}

	}

	static class UnparsableHeader implements ExceptionMapper<HeaderValueException> {

		@Override
		public Response toResponse(HeaderValueException unparsable) {
			return answer(Status.BAD_REQUEST, unparsable);
		}

	}

}
