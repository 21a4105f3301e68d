package org.repsportal.applications;

import org.repsportal.tasks.TaskOpened;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An interview task may open only after its application moved on: when the interviewer is assigned and the application
 * decided or withdrawn in one breath (as the demo program does), the task's closing can reach the work queue before its
 * opening. Whenever an interview task opens, the interviewer's applications that no longer wait for an interview close
 * theirs again, now that it exists (one statement; closing a closed task changes nothing).
 */
@Component
class InterviewTaskListener {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    InterviewTaskListener(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(TaskOpened opened) {
        if (opened.type() != TaskType.APPLICATION_REVIEW) {
            return;
        }
        jdbc.sql("select id from applications where interviewer_id = ? and state <> 'INTERVIEW' order by id")
                .param(opened.assigneeId()).query(Long.class).list()
                .forEach(id -> events.publishEvent(new TaskWorkDone(Applications.interviewTaskRef(id, opened.assigneeId()),
                        "the application no longer waits for an interview")));
    }
}
