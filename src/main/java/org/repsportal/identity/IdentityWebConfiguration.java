package org.repsportal.identity;

import java.util.List;

import org.repsportal.people.People;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    static {
        // the caller is resolved from the token or session, never sent as a parameter: the API description leaves it out
        org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(org.repsportal.people.Actor.class);
    }

    private final People people;

    IdentityWebConfiguration(People people) {
        this.people = people;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver(people));
    }
}
