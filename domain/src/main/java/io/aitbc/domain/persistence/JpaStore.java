package io.aitbc.domain.persistence;

import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/** What every JPA repository does the same way: store, find by id, remove, page through a query. */
abstract class JpaStore<T> {

    private final Class<T> type;

    JpaStore(Class<T> type) {
        this.type = type;
    }

    abstract EntityManager em();

    T persistOrMerge(T entity, Object id) {
        if (id == null) {
            em().persist(entity);
            return entity;
        }
        return em().merge(entity);
    }

    Optional<T> findById(long id) {
        return Optional.ofNullable(em().find(type, id));
    }

    void delete(T entity) {
        em().remove(em().contains(entity) ? entity : em().merge(entity));
    }

    Page<T> page(TypedQuery<T> query, TypedQuery<Long> count, PageRequest page) {
        var items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), page);
    }
}
