package org.airegistry.opendata.api;

import java.util.UUID;

import org.airegistry.deployment.DeploymentId;
import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.opendata.OpenDataRoutes;
import org.airegistry.opendata.api.ApiModels.DeploymentDocument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public read access to deployers' registrations of their use of high-risk AI systems
 * (Annex VIII Section C, Art 49(3), Art 71(4)): what the public registration page shows,
 * as JSON. Registrations of systems in the non-public section (Art 49(4)) are not found.
 */
@RestController
@RequestMapping(path = OpenDataRoutes.API + "/deployments", produces = "application/json")
@Tag(name = "Deployments", description = "Published deployer registrations (Annex VIII Section C)")
class DeploymentsController {

	private final DeploymentQueries deployments;

	DeploymentsController(DeploymentQueries deployments) {
		this.deployments = deployments;
	}

	@GetMapping("/{id}")
	@Operation(summary = "Latest published version of a deployer registration")
	@ApiResponse(responseCode = "200", description = "The registration's latest public version")
	@ApiResponse(responseCode = "404", description = "No published registration with this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	DeploymentDocument latest(@Parameter(description = "The registration's id (a UUID)") @PathVariable String id) {
		return deployments.findLatest(id(id))
			.map(deployment -> DeploymentDocument.of(deployment, deployment.latestVersion(), BaseUrl.current()))
			.orElseThrow(() -> notFound(id));
	}

	@GetMapping("/{id}/versions/{version}")
	@Operation(summary = "One published version of a deployer registration")
	@ApiResponse(responseCode = "200",
			description = "The version; immutable (Cache-Control: public, max-age=31536000, immutable), so it carries no latestVersion")
	@ApiResponse(responseCode = "404", description = "No such published registration or version",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<DeploymentDocument> version(@PathVariable String id,
			@Parameter(description = "Version number, 1 or more") @PathVariable int version) {
		if (version < 1) {
			throw new InvalidParameterException("version", "Parameter 'version' must be 1 or more.");
		}
		// a published version never changes: clients and proxies may keep it (DD036)
		return deployments.findVersion(id(id), version)
			.map(deployment -> ResponseEntity.ok()
				.cacheControl(OpenDataCaching.IMMUTABLE)
				.body(DeploymentDocument.of(deployment, null, BaseUrl.current())))
			.orElseThrow(() -> new ResourceNotFoundException(
					"Registration " + id + " has no published version " + version + "."));
	}

	private static DeploymentId id(String id) {
		try {
			return new DeploymentId(UUID.fromString(id.strip()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("id", "Parameter 'id' must be a UUID.");
		}
	}

	private static ResourceNotFoundException notFound(String id) {
		return new ResourceNotFoundException("No published deployer registration has the id " + id + ".");
	}

}
