package org.repsportal.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.support.AbstractMessageSource;

/**
 * The portal's texts: every bundle listed in {@code spring.messages.basename}, merged into one table per language
 * when the language is first asked for, so that a page's hundreds of lookups each read one map instead of trying
 * twenty bundles in turn. The most specific language wins ({@code es_MX}, then {@code es}, then the English root);
 * between bundles of the same language, the one listed first. Each text is parsed as a {@link MessageFormat} once
 * (always, as {@code spring.messages.always-use-message-format} asks, so {@code ''} is one apostrophe everywhere).
 */
final class MergedMessages extends AbstractMessageSource {

    private final List<String> basenames;
    private final ClassLoader classLoader;
    private final Map<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    MergedMessages(List<String> basenames, ClassLoader classLoader) {
        this.basenames = List.copyOf(basenames);
        this.classLoader = classLoader;
        setAlwaysUseMessageFormat(true);
    }

    static MergedMessages of(String basenames, ClassLoader classLoader) {
        return new MergedMessages(Arrays.stream(basenames.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                classLoader);
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        return textsIn(locale).get(code);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        String text = textsIn(locale).get(code);
        if (text == null) {
            return null;
        }
        return formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(code, c -> createMessageFormat(text, locale));
    }

    private Map<String, String> textsIn(Locale locale) {
        return texts.computeIfAbsent(locale, this::merge);
    }

    private Map<String, String> merge(Locale locale) {
        var merged = new HashMap<String, String>();
        for (String suffix : suffixes(locale)) {
            for (String basename : basenames) {
                read(basename + suffix + ".properties").forEach(merged::putIfAbsent);
            }
        }
        return Map.copyOf(merged);
    }

    private static List<String> suffixes(Locale locale) {
        var suffixes = new ArrayList<String>();
        if (!locale.getLanguage().isEmpty()) {
            if (!locale.getCountry().isEmpty()) {
                suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
            }
            suffixes.add("_" + locale.getLanguage());
        }
        suffixes.add("");
        return suffixes;
    }

    private Map<String, String> read(String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            var values = new HashMap<String, String>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("The texts in " + resource + " cannot be read", e);
        }
    }
}
