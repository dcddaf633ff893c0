package org.memberportal.application.forum;

import java.util.List;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.forum.PostReport;

/** Members' reports of posts to the moderators. */
public interface PostReports {

    void add(PostReport report);

    void update(PostReport report);

    Optional<PostReport> findReport(String id);

    /** Newest first; {@code open} null for all. */
    Page<PostReport> page(Boolean open, PageRequest page);

    /** Every report a person made, for the export of their data. */
    List<PostReport> reportsBy(String reporterId);
}
