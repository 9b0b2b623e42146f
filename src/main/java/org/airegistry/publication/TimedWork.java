package org.airegistry.publication;

import java.time.Instant;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the registers' timers (serious incidents, real-world tests) do their timed work, in
 * one place: each step in its own transaction, so that a step that fails (a mail server
 * that is down, a concurrent change) is logged by the kind of its failure only and tried
 * again on the next run while the other steps go on; and "remind once": a reminder is due
 * when its moment has come and none was sent for it yet, and sending it marks it in the
 * same transaction.
 */
public final class TimedWork {

	private final TransactionTemplate transactions;

	private final Logger log;

	/**
	 * @param transactions the transactions the steps run in
	 * @param log the timer's own log
	 */
	public TimedWork(TransactionTemplate transactions, Logger log) {
		this.transactions = transactions;
		this.log = log;
	}

	/**
	 * Runs the step in its own transaction; a failure rolls it back, is logged as
	 * {@code failure} with the exception's kind (no content: reports and plans are not
	 * for logs) and counts nothing, to be retried on the next run.
	 * @param failure what the log says when the step fails, e.g. "A reminder could not be
	 * sent"
	 * @return what the step counted (changes made, mails sent)
	 */
	public int step(String failure, IntSupplier work) {
		try {
			Integer count = transactions.execute(status -> work.getAsInt());
			return count == null ? 0 : count;
		}
		catch (RuntimeException ex) {
			log.warn("{} ({}); will retry", failure, ex.getClass().getSimpleName());
			return 0;
		}
	}

	/**
	 * Remind once: sends the reminder of every item that is due and was not reminded yet.
	 * @param items what may need a reminder
	 * @param due whether the item's reminder is due now
	 * @param reminded whether its reminder was already sent
	 * @param send marks the item reminded and sends the reminder; returns how many it
	 * sent (0 when it could not)
	 * @return how many reminders were sent
	 */
	public static <T> int remindOnce(Iterable<? extends T> items, Predicate<? super T> due,
			Predicate<? super T> reminded, ToIntFunction<? super T> send) {
		int sent = 0;
		for (T item : items) {
			if (due.test(item) && !reminded.test(item)) {
				sent += send.applyAsInt(item);
			}
		}
		return sent;
	}

	/** Whether the moment has come: now is at or after it (never, when there is none). */
	public static boolean reached(Instant now, @Nullable Instant moment) {
		return moment != null && !now.isBefore(moment);
	}

}
