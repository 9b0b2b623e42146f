package org.airegistry.shared;

/**
 * The requested thing does not exist, or the caller may not know that it exists (the same
 * answer either way, so nothing leaks across organisations).
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
