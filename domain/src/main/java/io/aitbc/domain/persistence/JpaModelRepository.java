package io.aitbc.domain.persistence;

import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelContent;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaModelRepository extends JpaStore<Model> implements ModelRepository {

    protected JpaModelRepository() {
        super(Model.class);
    }

    /** For use outside a container (tests, tools). */
    public JpaModelRepository(EntityManager em) {
        super(Model.class, em);
    }

    @Override
    public Optional<ModelVersion> findVersion(long versionId) {
        return Optional.ofNullable(em.find(ModelVersion.class, versionId));
    }

    @Override
    public ModelVersion addVersion(Model model, ModelContent content, Instant now) {
        ModelVersion v = model.addVersion(content, now);
        em.flush();
        return v;
    }

    @Override
    public Page<Model> list(String ownerOrNull, PageRequest page) {
        String where = ownerOrNull == null ? "" : " WHERE m.owner = :owner";
        var q = em.createQuery("SELECT m FROM Model m" + where + " ORDER BY m.id DESC", Model.class);
        var c = em.createQuery("SELECT COUNT(m) FROM Model m" + where, Long.class);
        if (ownerOrNull != null) {
            q.setParameter("owner", ownerOrNull);
            c.setParameter("owner", ownerOrNull);
        }
        return page(q, c, page);
    }
}
