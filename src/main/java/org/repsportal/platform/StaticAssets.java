package org.repsportal.platform;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts and images are served under addresses that carry a hash of their content
 * ({@code /css/portal-5d41402abc4b2a76b9719d911017c592.css}), which templates get by writing the plain address
 * ({@code @{/css/portal.css}}); a browser may therefore keep them for a year and never ask again, and a changed
 * file simply has another address. Reps on slow mobile links download them once. Their handlers are asked before
 * the controllers' mappings, so that a stylesheet is not first looked for among several hundred controller routes.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    static final CacheControl KEEP_FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
        serve(registry, "/css/**", "classpath:/static/css/");
        serve(registry, "/img/**", "classpath:/static/img/");
        // only these three are static (spring.web.resources.add-mappings=false), so nothing else can be taken first
        registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    private static void serve(ResourceHandlerRegistry registry, String pattern, String location) {
        registry.addResourceHandler(pattern)
                .addResourceLocations(location)
                .setCacheControl(KEEP_FOREVER)
                .setUseLastModified(false)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
