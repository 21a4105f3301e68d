package bench;

import org.repsportal.RepsPortalApplication;
import org.repsportal.demo.DemoProgram;
import org.repsportal.people.People;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seeds a demo program of the given scale (default 10 000 Reps) into a throw-away embedded PostgreSQL and
 * prints how long it took. Not a test: run it with bench/seed-demo.sh.
 */
public final class DemoSeedBenchmark {

    private DemoSeedBenchmark() {
    }

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        var application = new SpringApplication(RepsPortalApplication.class);
        try (ConfigurableApplicationContext context = application.run("--portal.ephemeral=true",
                "--portal.demo.enabled=false", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
            DemoProgram program = context.getBean(DemoProgram.class);
            long started = System.nanoTime();
            DemoProgram.Cast cast = program.seed(scale);
            long millis = (System.nanoTime() - started) / 1_000_000;
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long people = context.getBean(People.class).count();
            long assignments = jdbc.sql("select count(*) from mentor_assignments").query(Long.class).single();
            long accounts = jdbc.sql("select count(*) from accounts").query(Long.class).single();
            System.out.printf("portal.demo.scale=%d: seeded %d people (%d active Reps, %d mentors), %d assignments, "
                            + "%d accounts in %d ms%n", scale, people, cast.reps().size() + 1, cast.mentors().size(),
                    assignments, accounts, millis);
        }
    }
}
