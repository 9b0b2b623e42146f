package org.airegistry.opendata.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the open data API ({@code airegistry.opendata.*}).
 *
 * @param rateLimit requests each client IP may send
 */
@ConfigurationProperties("airegistry.opendata")
record OpenDataProperties(@DefaultValue RateLimit rateLimit) {

	/**
	 * @param requestsPerMinute requests per client IP per minute (refilled gradually); 0
	 * turns the limit off
	 */
	record RateLimit(@DefaultValue("600") int requestsPerMinute) {
	}

}
