package org.memberportal.persistence.document;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.document.Documents;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.document.Document;
import org.memberportal.persistence.database.KeysetQuery;

@ApplicationScoped
public class JpaDocuments implements Documents {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void add(Document document) {
        em.persist(DocumentEntity.from(document));
    }

    @Override
    public boolean remove(String id) {
        return rowsChanged(em.createQuery("delete from DocumentEntity d where d.id = :id").setParameter("id", id)) == 1;
    }

    @Override
    public Page<Document> page(PageRequest page) {
        return KeysetQuery.of(em, DocumentEntity.class, "d").descending(page, d -> d.id).map(DocumentEntity::toDomain);
    }
}
