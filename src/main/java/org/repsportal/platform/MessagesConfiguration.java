package org.repsportal.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's texts as one merged table per language ({@link MergedMessages}), in place of Boot's bundle chain. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String basenames) {
        return MergedMessages.of(basenames, MessagesConfiguration.class.getClassLoader());
    }
}
