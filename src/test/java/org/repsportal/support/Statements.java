package org.repsportal.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
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
                        ? ProxyDataSourceBuilder.create(dataSource).countQuery().build() : bean;
            }
        };
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
