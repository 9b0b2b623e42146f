package org.airegistry.opendata.api;

/** No public resource under this URL: answered with 404. */
class ResourceNotFoundException extends RuntimeException {

	ResourceNotFoundException(String detail) {
		super(detail);
	}

}
