package org.memberportal.persistence.database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ReadQuery;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;

/**
 * Keyset paging over time-ordered ids with optional filters, the one way lists are read: "after
 * the last id seen", never OFFSET, so a page costs the same however deep it is. Filters are only
 * added when present; a null parameter would need a type PostgreSQL cannot guess.
 */
public final class KeysetQuery<E> {

    /** The named queries registered so far, per persistence unit (tests make several). */
    private static final Map<EntityManagerFactory, Set<String>> REGISTERED = new WeakHashMap<>();

    private final EntityManager em;
    private final Class<E> type;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private KeysetQuery(EntityManager em, Class<E> type, String alias) {
        this.em = em;
        this.type = type;
        this.alias = alias;
    }

    public static <E> KeysetQuery<E> of(EntityManager em, Class<E> type, String alias) {
        return new KeysetQuery<>(em, type, alias);
    }

    /** Adds the condition when {@code present}; {@code parameter} may be null for one without. */
    public KeysetQuery<E> where(boolean present, String condition, String parameter, Object value) {
        if (present) {
            conditions.add(condition);
            if (parameter != null) {
                parameters.put(parameter, value);
            }
        }
        return this;
    }

    public Page<E> ascending(PageRequest page, Function<E, String> id) {
        return run(page, id, ">", "asc");
    }

    public Page<E> descending(PageRequest page, Function<E, String> id) {
        return run(page, id, "<", "desc");
    }

    private Page<E> run(PageRequest page, Function<E, String> id, String comparison, String order) {
        if (page.after() != null) {
            where(true, alias + ".id " + comparison + " :after", "after", page.after());
        }
        String jpql = "select " + alias + " from " + type.getSimpleName() + " " + alias
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + alias + ".id " + order;
        TypedQuery<E> query = em.createNamedQuery(prepared(jpql, page.limit() + 1), type);
        parameters.forEach(query::setParameter);
        return Page.fromOverfetched(query.getResultList(), page.limit(), id);
    }

    /**
     * The name of this JPQL with this many rows at most as a named query of the persistence unit,
     * registered the first time. EclipseLink prepares a named query (its SQL written, with the row
     * limit in it) once; a query made afresh with a row limit is prepared again at every run, which
     * cost a list request about a third of its database time.
     */
    private String prepared(String jpql, int maxRows) {
        String name = "keyset[" + maxRows + "] " + jpql;
        EntityManagerFactory factory = em.getEntityManagerFactory();
        Set<String> known;
        synchronized (REGISTERED) {
            known = REGISTERED.computeIfAbsent(factory, f -> ConcurrentHashMap.newKeySet());
        }
        if (!known.contains(name)) {
            TypedQuery<E> query = em.createQuery(jpql, type).setMaxResults(maxRows);
            // the shared query holds the row limit itself, not only as the JPA maximum: a query
            // made from it sets that limit again, and a limit that differs from the one the SQL
            // was written with makes EclipseLink write the SQL again at every run
            DatabaseQuery shared = query.unwrap(JpaQuery.class).getDatabaseQuery();
            if (shared instanceof ReadQuery read) {
                read.setMaxRows(maxRows);
            }
            factory.addNamedQuery(name, query);
            known.add(name);
        }
        return name;
    }
}
