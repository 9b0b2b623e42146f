package org.airegistry.shared;

/** Somebody else saved the same record since it was loaded; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String what) {
		super(what + " was changed by someone else since it was opened");
	}

}
