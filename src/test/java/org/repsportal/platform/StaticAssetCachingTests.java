package org.repsportal.platform;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class StaticAssetCachingTests {

    @Autowired
    MockMvc mvc;

    private List<String> assetsOf(String page) throws Exception {
        String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
        var document = Jsoup.parse(html);
        var assets = new java.util.ArrayList<String>();
        document.select("link[rel=stylesheet]").forEach(link -> assets.add(link.attr("href")));
        document.select("script[src]").forEach(script -> assets.add(script.attr("src")));
        document.select("link[rel=icon]").forEach(link -> assets.add(link.attr("href")));
        document.select("svg use[href]").forEach(use -> assets.add(use.attr("href").replaceFirst("#.*", "")));
        return assets;
    }

    @Test
    void pagesLinkEveryStylesheetScriptAndImageUnderAnAddressThatCarriesItsContentHash() throws Exception {
        List<String> assets = assetsOf("/login");

        assertThat(assets).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(asset -> assertThat(asset).matches("/(css|webjars|img)/.+-[0-9a-f]{32}\\.(css|js|svg)"));
    }

    @Test
    void everyLinkedAssetIsSentPublicAndImmutableForAYear() throws Exception {
        for (String asset : assetsOf("/login")) {
            var response = mvc.perform(get(asset)).andExpect(status().isOk()).andReturn().getResponse();

            assertThat(response.getHeader("Cache-Control")).as(asset)
                    .contains("max-age=31536000").contains("public").contains("immutable");
            assertThat(response.getContentAsByteArray()).as(asset).isNotEmpty();
        }
    }

    @Test
    void anAssetUnderAStaleHashIsNotFound() throws Exception {
        mvc.perform(get("/css/portal-00000000000000000000000000000000.css")).andExpect(status().isNotFound());
    }

    @Autowired
    List<org.springframework.web.servlet.HandlerMapping> handlerMappings;

    @Test
    void aStylesheetIsFoundByTheStaticFilesHandlerBeforeAnyControllerRouteIsTried() throws Exception {
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/css/portal.css");
        var ordered = new java.util.ArrayList<>(handlerMappings);
        org.springframework.core.annotation.AnnotationAwareOrderComparator.sort(ordered);
        org.springframework.web.servlet.HandlerMapping first = null;
        for (var mapping : ordered) {
            if (mapping.usesPathPatterns()) {
                org.springframework.web.util.ServletRequestPathUtils.parseAndCache(request);
            }
            if (mapping.getHandler(request) != null) {
                first = mapping;
                break;
            }
        }
        assertThat(first).isInstanceOf(org.springframework.web.servlet.handler.SimpleUrlHandlerMapping.class);
        assertThat(first.getHandler(request).getHandler())
                .isInstanceOf(org.springframework.web.servlet.resource.ResourceHttpRequestHandler.class);
        assertThat(ordered.indexOf(first)).as("asked before the controllers' mappings")
                .isLessThan(ordered.indexOf(ordered.stream()
                        .filter(m -> m instanceof org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping)
                        .findFirst().orElseThrow()));
    }
}
