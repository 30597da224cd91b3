package io.aitbc.domain.persistence;

import io.aitbc.domain.marketplace.ListingRepository;
import io.aitbc.domain.marketplace.ListingStatus;
import io.aitbc.domain.marketplace.MarketplaceListing;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Locale;

@ApplicationScoped
public class JpaListingRepository extends JpaStore<MarketplaceListing> implements ListingRepository {

    protected JpaListingRepository() {
        super(MarketplaceListing.class);
    }

    /** For use outside a container (tests, tools). */
    public JpaListingRepository(EntityManager em) {
        super(MarketplaceListing.class, em);
    }

    @Override
    public Page<MarketplaceListing> search(String text, PageRequest page) {
        String where = " WHERE l.status = :active"
                + (text == null ? "" : " AND (LOWER(l.title) LIKE :p ESCAPE '\\' OR LOWER(l.description) LIKE :p ESCAPE '\\')");
        var q = em.createQuery("SELECT l FROM MarketplaceListing l" + where
                + " ORDER BY l.reputation.verifiedProofs DESC, l.id DESC", MarketplaceListing.class);
        var c = em.createQuery("SELECT COUNT(l) FROM MarketplaceListing l" + where, Long.class);
        q.setParameter("active", ListingStatus.ACTIVE);
        c.setParameter("active", ListingStatus.ACTIVE);
        if (text != null) {
            String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
            q.setParameter("p", pattern);
            c.setParameter("p", pattern);
        }
        return page(q, c, page);
    }

    @Override
    public long countForModel(long modelId) {
        return em.createQuery("SELECT COUNT(l) FROM MarketplaceListing l WHERE l.model.id = :m", Long.class)
                .setParameter("m", modelId).getSingleResult();
    }

    @Override
    public void removeForModel(long modelId) {
        em.createQuery("SELECT l FROM MarketplaceListing l WHERE l.model.id = :m", MarketplaceListing.class)
                .setParameter("m", modelId).getResultList().forEach(em::remove);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
