package fr.cfa.backoffice.placement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The dated reference data of pay and aid (migration V6), read as a whole: a few dozen rows. */
@ApplicationScoped
public class PayReferenceRepository {
    public List<ApprenticePayRateEntity> grid() {
        return ApprenticePayRateEntity.listAll();
    }

    public List<SmicRateEntity> smic() {
        return SmicRateEntity.listAll();
    }

    /** The SMC rows of one collective agreement (IDCC); none for 9999 (no agreement) or an unknown one. */
    public List<SmcRateEntity> smc(String idcc) {
        if (idcc == null) return List.of();
        return SmcRateEntity.list("idcc", idcc);
    }

    public List<EmployerAidAmountEntity> aidAmounts() {
        return EmployerAidAmountEntity.list("order by id");
    }
}
