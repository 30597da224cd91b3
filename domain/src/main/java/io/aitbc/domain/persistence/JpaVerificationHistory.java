package io.aitbc.domain.persistence;

import io.aitbc.domain.marketplace.ProofVerificationRecord;
import io.aitbc.domain.marketplace.VerificationHistory;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaVerificationHistory extends JpaStore<ProofVerificationRecord> implements VerificationHistory {

    protected JpaVerificationHistory() {
        super(ProofVerificationRecord.class);
    }

    /** For use outside a container (tests, tools). */
    public JpaVerificationHistory(EntityManager em) {
        super(ProofVerificationRecord.class, em);
    }

    @Override
    public Page<ProofVerificationRecord> list(Long modelIdOrNull, PageRequest page) {
        String where = modelIdOrNull == null ? "" : " WHERE v.modelId = :m";
        var q = em.createQuery("SELECT v FROM ProofVerificationRecord v" + where + " ORDER BY v.id DESC",
                ProofVerificationRecord.class);
        var c = em.createQuery("SELECT COUNT(v) FROM ProofVerificationRecord v" + where, Long.class);
        if (modelIdOrNull != null) {
            q.setParameter("m", modelIdOrNull);
            c.setParameter("m", modelIdOrNull);
        }
        return page(q, c, page);
    }
}
