package org.repsportal.reports;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ActivityReportRepository extends Repository<ActivityReport, Long> {

    ActivityReport save(ActivityReport report);

    Optional<ActivityReport> findById(Long id);
}

interface ReportCommentRepository extends Repository<ReportComment, Long> {

    ReportComment save(ReportComment comment);

    @Query("select c from ReportComment c where c.reportId = ?1 order by c.createdAt, c.id")
    List<ReportComment> findByReport(long reportId);
}
