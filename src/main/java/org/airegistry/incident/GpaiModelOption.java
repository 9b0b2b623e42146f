package org.airegistry.incident;

import java.util.UUID;

/** A GPAI model with systemic risk its provider may report a serious incident about. */
public record GpaiModelOption(UUID id, String name) {

}
