package io.aitbc.domain.persistence;

import io.aitbc.domain.marketplace.ListingRepository;
import io.aitbc.domain.marketplace.ListingSearch;
import io.aitbc.domain.marketplace.ListingStatus;
import io.aitbc.domain.marketplace.MarketplaceListing;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        return find(ListingSearch.activeMatching(text), page);
    }

    @Override
    public Page<MarketplaceListing> find(ListingSearch search, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        if (!search.withPaused()) {
            conditions.add("l.status = :active");
            params.put("active", ListingStatus.ACTIVE);
        }
        search.textFilter().ifPresent(text -> {
            conditions.add("(LOWER(l.title) LIKE :p ESCAPE '\\' OR LOWER(l.description) LIKE :p ESCAPE '\\')");
            params.put("p", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        });
        String price = search.level() == null ? null : "l.prices." + search.level().apiName();
        if (price != null) {
            conditions.add(price + " IS NOT NULL");
        }
        if (search.maxPrice() != null) {
            conditions.add(price + " <= :maxPrice");
            params.put("maxPrice", search.maxPrice());
        }
        if (search.owner() != null) {
            conditions.add("l.owner = :owner");
            params.put("owner", search.owner());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String order = switch (search.order()) {
            case REPUTATION -> " ORDER BY l.reputation.verifiedProofs DESC, l.id DESC";
            case PRICE -> " ORDER BY " + price + " ASC, l.id DESC";
            case NEWEST -> " ORDER BY l.id DESC";
        };
        var q = em.createQuery("SELECT l FROM MarketplaceListing l" + where + order, MarketplaceListing.class);
        var c = em.createQuery("SELECT COUNT(l) FROM MarketplaceListing l" + where, Long.class);
        params.forEach((name, value) -> {
            q.setParameter(name, value);
            c.setParameter(name, value);
        });
        return page(q, c, page);
    }

    @Override
    public List<MarketplaceListing> listForModel(long modelId) {
        return em.createQuery("SELECT l FROM MarketplaceListing l WHERE l.model.id = :m ORDER BY l.id", MarketplaceListing.class)
                .setParameter("m", modelId).getResultList();
    }

    @Override
    public int countProof(long modelId, boolean verified) {
        String counter = verified ? "l.reputation.verifiedProofs" : "l.reputation.failedProofs";
        return em.createQuery("UPDATE MarketplaceListing l SET " + counter + " = " + counter + " + 1 WHERE l.model.id = :m")
                .setParameter("m", modelId).executeUpdate();
    }

    @Override
    public void countCompletedJob(long listingId) {
        em.createQuery("UPDATE MarketplaceListing l SET l.reputation.completedJobs = l.reputation.completedJobs + 1"
                + " WHERE l.id = :id").setParameter("id", listingId).executeUpdate();
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
