package org.repsportal.notifications;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalMailProperties.class)
class MailConfiguration {

    @Bean
    RetryPolicy mailRetryPolicy(PortalMailProperties properties) {
        return RetryPolicy.from(properties.retry());
    }
}
