package bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.repsportal.RepsPortalApplication;
import org.repsportal.demo.DemoProgram;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Seeds a demo program of the given scale into a throw-away embedded PostgreSQL, then sends a bounded number
 * of requests over loopback to the busiest pages and prints latency percentiles and throughput. Not a test:
 * run it with bench/page-load.sh.
 */
public final class PageLoadBenchmark {

    private static final int CLIENTS = 8;
    private static final int WARM_UP = 100;
    private static final int REQUESTS = 1_000;

    private record Target(String name, String path, String token) {
    }

    private PageLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        var application = new SpringApplication(RepsPortalApplication.class);
        try (ConfigurableApplicationContext context = application.run("--portal.ephemeral=true",
                "--portal.demo.enabled=false", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--portal.scheduler.start=false")) {
            context.getBean(DemoProgram.class).seed(scale);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            List<Target> targets = List.of(
                    new Target("mentor dashboard (HTML)", "/dashboard", "demo-mentor"),
                    new Target("Council dashboard with the program view (HTML)", "/dashboard", "demo-council"),
                    new Target("my mentees (API)", "/api/v1/mentees", "demo-mentor"),
                    new Target("mentees' reports (HTML)", "/reports/mentees", "demo-mentor"),
                    new Target("directory search (API)", "/api/v1/people?q=an&page=3", "demo-rep"));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            System.out.printf("portal.demo.scale=%d, %d clients, %d requests per page after %d to warm up%n",
                    scale, CLIENTS, REQUESTS, WARM_UP);
            for (Target target : targets) {
                run(client, port, target, WARM_UP);
                long started = System.nanoTime();
                List<Long> latencies = run(client, port, target, REQUESTS);
                double seconds = (System.nanoTime() - started) / 1e9;
                Collections.sort(latencies);
                System.out.printf("%-50s p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms  %6.0f requests/s%n", target.name(),
                        percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99), REQUESTS / seconds);
            }
        }
    }

    private static List<Long> run(HttpClient client, int port, Target target, int count) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target.path()))
                .header("Authorization", "Bearer " + target.token()).timeout(Duration.ofSeconds(30)).GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            var futures = new ArrayList<Future<Long>>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(target.path() + " answered " + response.statusCode());
                    }
                    return System.nanoTime() - start;
                }));
            }
            var latencies = new ArrayList<Long>(count);
            for (Future<Long> future : futures) {
                latencies.add(future.get());
            }
            return latencies;
        } finally {
            pool.shutdown();
        }
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
