package org.airegistry.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Annex VIII A.8: the notified-body certificate, where a third-party conformity
 * assessment applies (Annex VII). All parts are given together or none.
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

	/** Whether no part of the certificate is given. */
	public boolean absent() {
		return type.isEmpty() && number.isEmpty() && expiryDate == null && bodyName.isEmpty() && bodyId.isEmpty();
	}

}
