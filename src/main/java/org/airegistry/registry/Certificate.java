package org.airegistry.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Annex VIII A.8: the notified-body certificate, where a third-party conformity
 * assessment applies (Annex VII): type, number and date of expiry, and the name or
 * identification number of the notified body (one of the two is enough). A certificate
 * past its expiry date is not published as valid.
 *
 * @param type type of the certificate
 * @param number the certificate's number
 * @param expiryDate when the certificate expires
 * @param bodyName name of the notified body
 * @param bodyId identification number of the notified body
 */
public record Certificate(String type, String number, @Nullable LocalDate expiryDate, String bodyName, String bodyId) {

	public Certificate {
		type = type == null ? "" : type.strip();
		number = number == null ? "" : number.strip();
		bodyName = bodyName == null ? "" : bodyName.strip();
		bodyId = bodyId == null ? "" : bodyId.strip();
	}

	public static Certificate none() {
		return new Certificate("", "", null, "", "");
	}

	/**
	 * Whether the certificate has expired on this day (the expiry date itself is its last
	 * valid day).
	 */
	public boolean expiredOn(java.time.LocalDate day) {
		return expiryDate != null && expiryDate.isBefore(day);
	}

	/** Whether no part of the certificate is given. */
	public boolean absent() {
		return type.isEmpty() && number.isEmpty() && expiryDate == null && bodyName.isEmpty() && bodyId.isEmpty();
	}

}
