package org.memberportal.persistence.document;

import jakarta.persistence.EntityManager;

/** Lets tests of other packages use the repository on their own entity manager. */
public final class DocumentsAccess {

    private DocumentsAccess() {
    }

    public static JpaDocuments of(EntityManager em) {
        JpaDocuments repository = new JpaDocuments();
        repository.em = em;
        return repository;
    }
}
