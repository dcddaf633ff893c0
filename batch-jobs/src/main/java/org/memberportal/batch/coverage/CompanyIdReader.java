package org.memberportal.batch.coverage;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.warning.AuditCoverageUseCase;
import org.memberportal.domain.company.CompanyId;

/**
 * Reads every company id in registration order, a page at a time. Its checkpoint is the last id
 * handed out, so a restarted audit goes on after the companies already done.
 */
@Named("companyIdReader")
@Dependent
public class CompanyIdReader extends AbstractItemReader {

    /** Ids read at once: a few chunks' worth. */
    private static final int PAGE = 2000;

    @Inject
    AuditCoverageUseCase audit;

    private final Deque<CompanyId> buffered = new ArrayDeque<>();
    private String lastRead;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = (String) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffered.isEmpty() && !exhausted) {
            List<CompanyId> page = audit.companiesAfter(lastRead, PAGE);
            buffered.addAll(page);
            exhausted = page.size() < PAGE;
        }
        CompanyId next = buffered.poll();
        if (next != null) {
            lastRead = next.value();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
