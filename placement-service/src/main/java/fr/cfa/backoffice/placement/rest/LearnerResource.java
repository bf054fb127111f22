package fr.cfa.backoffice.placement.rest;

import fr.cfa.backoffice.placement.domain.ContractStatus;
import fr.cfa.backoffice.placement.persistence.CohortEntity;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/learners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learners", description = "Admitted learners to place with an employer")
public class LearnerResource {

    @Schema(name = "PlaceableLearner")
    public record LearnerView(@Schema(examples = Examples.CANDIDATE_ID) UUID candidateId,
                              @Schema(examples = Examples.COHORT_ID) UUID cohortId,
                              @Schema(examples = "Inès") String firstName,
                              @Schema(examples = "Moreau") String lastName,
                              @Schema(examples = "2004-05-17") LocalDate birthDate,
                              @Schema(nullable = true, description = "Null when the application gave none", examples = "ines.moreau@example.org") String email,
                              @Schema(nullable = true, description = "Null when the application gave none", examples = "+33 6 12 34 56 78") String phone,
                              @Schema(nullable = true, description = "The cohort's first day; null until placement has heard of the cohort",
                                      examples = "2027-01-04") LocalDate cohortStart,
                              @Schema(nullable = true, description = "The cohort's last day; null as cohortStart", examples = "2027-06-25") LocalDate cohortEnd,
                              @Schema(description = "Whether the learner has an active contract", examples = "false") boolean underContract) {}

    @GET
    @RolesAllowed({Roles.PLACEMENT_OFFICER, Roles.MANAGER})
    @Operation(operationId = "listPlaceableLearners", summary = "Placeable learners", description = "Placement officers and managers. Admitted learners who have not withdrawn, with their "
            + "cohort's dates; filters: cohortId, withoutContract=true.")
    @APIResponse(responseCode = "200", description = "One page of placeable learners, by last name")
    public Page<LearnerView> list(@BeanParam @Valid PageRequest page, @QueryParam("cohortId") UUID cohortId,
                                  @QueryParam("withoutContract") @Parameter(description = "Only learners without an active contract") boolean withoutContract) {
        String where = "withdrawn = false and erasedAt is null"
                + (cohortId != null ? " and cohortId = :cohort" : "")
                + (withoutContract ? " and candidateId not in (select c.candidateId from ContractEntity c where c.status = :active)" : "");
        Parameters params = new Parameters();
        if (cohortId != null) params = params.and("cohort", cohortId);
        if (withoutContract) params = params.and("active", ContractStatus.ACTIVE);
        PanacheQuery<LearnerEntity> query = LearnerEntity.find(where, Sort.by("lastName").and("candidateId"), params);
        query.page(page.page, page.size);
        return new Page<>(query.<LearnerEntity>list().stream().map(l -> {
            CohortEntity cohort = CohortEntity.findById(l.cohortId);
            boolean underContract = ContractEntity.count("candidateId = ?1 and status = ?2", l.candidateId, ContractStatus.ACTIVE) > 0;
            return new LearnerView(l.candidateId, l.cohortId, l.firstName, l.lastName, l.birthDate, l.email, l.phone,
                    cohort == null ? null : cohort.startDate, cohort == null ? null : cohort.endDate, underContract);
        }).toList(), page.page, page.size, query.count());
    }
}
