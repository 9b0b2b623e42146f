package org.airegistry.shared;

/**
 * Tells an outage from a defect, so that pages and the API answer "briefly unavailable"
 * (503) instead of "something went wrong" (500) while the database is away.
 */
public final class Outages {

	private Outages() {
	}

	/**
	 * Whether the failure is the database being unreachable (no connection, transaction
	 * cannot begin), as opposed to a defect.
	 */
	public static boolean databaseUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.springframework.transaction.CannotCreateTransactionException
					|| cause instanceof org.springframework.dao.DataAccessResourceFailureException
					|| cause instanceof java.sql.SQLTransientConnectionException
					|| cause instanceof java.sql.SQLNonTransientConnectionException) {
				return true;
			}
			// the connection broke during the work and the rollback failed on it too: the
			// work's own failure tells what happened
			if (cause instanceof org.springframework.transaction.TransactionSystemException transaction
					&& transaction.getApplicationException() != null
					&& databaseUnavailable(transaction.getApplicationException())) {
				return true;
			}
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

}
