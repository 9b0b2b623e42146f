package org.airegistry.publication;

import java.util.UUID;

/** The id of a versioned record of any kind (an entry, a registration, a model page). */
public interface RecordId {

	UUID value();

}
