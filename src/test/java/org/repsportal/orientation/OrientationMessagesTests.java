package org.repsportal.orientation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.repsportal.library.ResourceTopic;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the orientation and library pages name is in the message bundles. */
class OrientationMessagesTests {

    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9._-]+)[}(]");

    private static Properties bundles() throws IOException {
        var all = new Properties();
        for (String name : new String[] {"platform", "library", "orientation", "mentorship"}) {
            try (InputStream in = OrientationMessagesTests.class.getResourceAsStream("/messages/" + name + ".properties")) {
                all.load(in);
            }
        }
        return all;
    }

    @Test
    void everyStepStateKindAndTopicHasItsText() throws IOException, ClassNotFoundException {
        Properties bundle = bundles();
        for (OrientationStep step : OrientationStep.values()) {
            assertThat(bundle).containsKeys("orientation.step." + step.key() + ".title", "orientation.step." + step.key() + ".help");
            if (step.selfService()) {
                assertThat(bundle).containsKey("orientation.step." + step.key() + ".mark");
            }
        }
        for (OrientationState state : OrientationState.values()) {
            assertThat(bundle).containsKey("orientation.state." + state.name());
        }
        for (MentorNominationKind kind : MentorNominationKind.values()) {
            assertThat(bundle).containsKey("orientation.kind." + kind.name());
        }
        for (CallKind kind : CallKind.values()) {
            assertThat(bundle).containsKeys("orientation.call.kind." + kind.name(), "orientation.call.kind.lower." + kind.name(),
                    "orientation.call.about." + kind.name());
        }
        for (ResourceTopic topic : ResourceTopic.values()) {
            assertThat(bundle).containsKey("library.topic." + topic.name());
        }
        for (Object status : Class.forName("org.repsportal.library.ResourceStatus").getEnumConstants()) {
            assertThat(bundle).containsKey("library.resource.status." + ((Enum<?>) status).name());
        }
        for (Object state : Class.forName("org.repsportal.library.SuggestionState").getEnumConstants()) {
            assertThat(bundle).containsKey("library.suggestion.state." + ((Enum<?>) state).name());
        }
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Properties bundle = bundles();
        try (Stream<Path> files = Stream.of(Path.of("src/main/resources/templates/orientation"),
                        Path.of("src/main/resources/templates/library"))
                .flatMap(dir -> {
                    try {
                        return Files.list(dir);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })) {
            files.forEach(file -> {
                try {
                    Matcher keys = KEY.matcher(Files.readString(file));
                    while (keys.find()) {
                        assertThat(bundle).as(file + " names " + keys.group(1)).containsKey(keys.group(1));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
