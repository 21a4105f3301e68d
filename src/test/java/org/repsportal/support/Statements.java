package org.repsportal.support;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.repsportal.people.Person;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Counts the SQL statements a request runs: the portal's data source is wrapped so that every statement is
 * counted on the thread that runs it. Part of every {@link PortalTest} context, so counting forks no context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Statements {

    @Bean
    static BeanPostProcessor countStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                        ? ProxyDataSourceBuilder.create(dataSource).countQuery().listener(RECORDER).build() : bean;
            }
        };
    }

    /** A statement as it was sent: its SQL with {@code ?} placeholders and the values bound to them, in order. */
    public record Recorded(String sql, List<Object> parameters) {
    }

    private static final ThreadLocal<List<Recorded>> RECORDING = new ThreadLocal<>();

    private static final QueryExecutionListener RECORDER = new QueryExecutionListener() {
        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            List<Recorded> recording = RECORDING.get();
            if (recording == null) {
                return;
            }
            for (QueryInfo query : queries) {
                List<List<ParameterSetOperation>> sets = query.getParametersList();
                var values = new java.util.TreeMap<Integer, Object>();
                if (!sets.isEmpty()) {
                    for (ParameterSetOperation operation : sets.get(0)) {
                        Object[] args = operation.getArgs();
                        if (args.length >= 2 && args[0] instanceof Integer index) {
                            values.put(index, args[1]);
                        }
                    }
                }
                recording.add(new Recorded(query.getQuery(), new ArrayList<>(values.values())));
            }
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }
    };

    /** The statements the given work runs on this thread, with their parameters. */
    public static List<Recorded> recordedWhile(ThrowingRunnable work) throws Exception {
        var recording = new ArrayList<Recorded>();
        RECORDING.set(recording);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return recording;
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * The statements of a GET of {@code page} as {@code reader} (with their token), after one warm-up request
     * so that caches and first-use reads do not count.
     */
    public static long forPage(MockMvc mvc, String page, Person reader) throws Exception {
        mvc.perform(get(page).header("Authorization", Program.bearer(reader))).andExpect(status().isOk());
        QueryCountHolder.clear();
        mvc.perform(get(page).header("Authorization", Program.bearer(reader))).andExpect(status().isOk());
        long total = QueryCountHolder.getGrandTotal().getTotal();
        assertThat(total).as(page).isPositive();
        return total;
    }
}
