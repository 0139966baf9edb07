package jp.procurementdesk.shared.internal;

import jp.procurementdesk.shared.Outages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring Boot's JPA transaction manager (shared by our code and the Camunda engine), with one
 * difference. When the database goes away mid-transaction, the connection is cut and the
 * rollback fails too; Spring then throws the rollback's exception ("Connection is closed")
 * instead of the one that caused it, and an outage would look like a bug (500). Raised as a
 * {@link TransactionSystemException}, the rollback failure carries the original exception
 * along (Spring attaches it), where {@link Outages} finds it.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	PlatformTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
		JpaTransactionManager transactions = new RollbackFailureKeepsCause();
		customizers.ifAvailable(customizer -> customizer.customize(transactions));
		return transactions;
	}

	static final class RollbackFailureKeepsCause extends JpaTransactionManager {

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			try {
				super.doRollback(status);
			}
			catch (TransactionSystemException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				throw new TransactionSystemException("Could not roll back JPA transaction", ex);
			}
		}

	}

}
