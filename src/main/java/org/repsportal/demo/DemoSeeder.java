package org.repsportal.demo;

import org.repsportal.people.People;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Seeds the demo program on start when it is switched on and the database is still empty. */
@Component
class DemoSeeder implements ApplicationRunner {

    private final DemoProperties properties;
    private final DemoProgram program;
    private final People people;
    private final Environment environment;

    DemoSeeder(DemoProperties properties, DemoProgram program, People people, Environment environment) {
        this.properties = properties;
        this.program = program;
        this.people = people;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        if (properties.seeds(embedded) && people.count() == 0) {
            program.seed(properties.scale());
        }
    }
}
