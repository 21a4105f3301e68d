package org.repsportal.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** Resources of one list page, grouped by topic in the topics' order. */
final class ResourceGroups {

    private ResourceGroups() {
    }

    static Map<ResourceTopic, List<ResourceListing>> byTopic(List<ResourceListing> resources) {
        var groups = new LinkedHashMap<ResourceTopic, List<ResourceListing>>();
        for (ResourceTopic topic : ResourceTopic.values()) {
            for (ResourceListing resource : resources) {
                if (resource.topic() == topic) {
                    groups.computeIfAbsent(topic, t -> new ArrayList<>()).add(resource);
                }
            }
        }
        return groups;
    }
}
