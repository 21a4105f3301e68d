package org.repsportal.roster;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A roster import runs as a one-time db-scheduler task (its instance id is the import's id), on one instance. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterProperties.class)
class RosterJobs {

    @Bean
    OneTimeTask<Void> rosterImportTask(ObjectProvider<RosterRun> run) {
        return Tasks.oneTime("roster-import")
                .execute((instance, context) -> run.getObject().run(Long.parseLong(instance.getId())));
    }
}
