package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.FilingView;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.ContractRepository;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** A signed contract's filing with the OPCO or the DDETS. */
@ApplicationScoped
public class Filings {
    @Inject
    ContractRepository contracts;

    @Inject
    Clock clock;

    public FilingView filing(UUID id, Caller caller) {
        ContractEntity c = contracts.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("contract", id));
        caller.requireOwn(c.employerId, "contract", id);
        if (c.status == ContractStatus.DRAFT) throw new IllegalTransitionException("contract", c.status, "read the filing of");
        return Views.filing(c, LocalDate.now(clock));
    }
}
