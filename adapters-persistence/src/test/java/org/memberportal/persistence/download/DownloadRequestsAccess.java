package org.memberportal.persistence.download;

import jakarta.persistence.EntityManager;

/** Lets tests of other packages use the repository on their own entity manager. */
public final class DownloadRequestsAccess {

    private DownloadRequestsAccess() {
    }

    public static JpaDownloadRequests of(EntityManager em) {
        JpaDownloadRequests repository = new JpaDownloadRequests();
        repository.em = em;
        return repository;
    }
}
