package io.aitbc.domain.persistence;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/**
 * What every JPA repository does the same way: store (persist a new entity, merge a detached one), find
 * by id, remove, page through a query. Subclasses add their queries.
 */
abstract class JpaStore<T> {

    private final Class<T> type;

    @PersistenceContext(unitName = AitbcDatabase.UNIT)
    EntityManager em;

    /** For the container, which injects the entity manager. */
    JpaStore(Class<T> type) {
        this.type = type;
    }

    /** For use outside a container (tests, tools). */
    JpaStore(Class<T> type, EntityManager em) {
        this(type);
        this.em = em;
    }

    /** Stores a new entity (its id is assigned) or returns the managed instance of a known one. */
    public T store(T entity) {
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        if (id == null) {
            em.persist(entity);
            return entity;
        }
        return em.merge(entity);
    }

    public Optional<T> find(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public void remove(T entity) {
        em.remove(em.contains(entity) ? entity : em.merge(entity));
    }

    Page<T> page(TypedQuery<T> query, TypedQuery<Long> count, PageRequest page) {
        var items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), page);
    }
}
