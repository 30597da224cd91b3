package io.aitbc.domain.persistence;

import io.aitbc.domain.benchmark.BenchmarkRepository;
import io.aitbc.domain.benchmark.BenchmarkResult;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class JpaBenchmarkRepository extends JpaStore<BenchmarkResult> implements BenchmarkRepository {

    protected JpaBenchmarkRepository() {
        super(BenchmarkResult.class);
    }

    /** For use outside a container (tests, tools). */
    public JpaBenchmarkRepository(EntityManager em) {
        super(BenchmarkResult.class, em);
    }

    @Override
    public Page<BenchmarkResult> list(Long modelIdOrNull, String benchmarkOrNull, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (modelIdOrNull != null) {
            conditions.add("b.modelId = :m");
        }
        if (benchmarkOrNull != null) {
            conditions.add("b.benchmark = :b");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var q = em.createQuery("SELECT b FROM BenchmarkResult b" + where + " ORDER BY b.id DESC", BenchmarkResult.class);
        var c = em.createQuery("SELECT COUNT(b) FROM BenchmarkResult b" + where, Long.class);
        if (modelIdOrNull != null) {
            q.setParameter("m", modelIdOrNull);
            c.setParameter("m", modelIdOrNull);
        }
        if (benchmarkOrNull != null) {
            q.setParameter("b", benchmarkOrNull);
            c.setParameter("b", benchmarkOrNull);
        }
        return page(q, c, page);
    }
}
