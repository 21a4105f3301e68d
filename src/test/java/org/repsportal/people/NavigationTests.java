package org.repsportal.people;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.MenuItem.Menu;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTests {

    private static final Actor ANYONE = new Actor(1, Set.of(Role.REP));

    private static final MenuItems MODULES = actor -> List.of(
            MenuItem.of(Menu.MAIN, 10, "/dashboard", "nav.dashboard"),
            MenuItem.of(Menu.MAIN, 20, "/reports", "nav.reports"),
            MenuItem.of(Menu.MORE, 10, "/orientation", "nav.orientation"),
            MenuItem.of(Menu.COUNCIL, 20, "/council/concerns", "council.tabs.concerns"),
            MenuItem.of(Menu.COUNCIL, 10, "/council", "council.tabs.queue"),
            MenuItem.of(Menu.COUNCIL, 60, "/dashboard/unmentored", "council.tabs.unmentored").alsoUnder("/dashboard/orphans"));

    private static Navigation at(String path) {
        return Navigation.of(ANYONE, List.of(MODULES), path);
    }

    private static String current(Navigation nav) {
        var all = new java.util.ArrayList<>(nav.main());
        all.addAll(nav.more());
        return all.stream().filter(nav::isCurrent).map(MenuItem::labelKey).findFirst().orElse(null);
    }

    @Test
    void theCouncilsTabsAreOrderedAndTheMainBarGetsOneCouncilEntryLeadingToTheFirst() {
        Navigation nav = at("/reports");

        assertThat(nav.council()).extracting(MenuItem::path)
                .containsExactly("/council", "/council/concerns", "/dashboard/unmentored");
        assertThat(nav.main()).extracting(MenuItem::labelKey).containsExactly("nav.dashboard", "nav.reports", "nav.council");
        assertThat(nav.main().get(2).path()).isEqualTo("/council");
    }

    @Test
    void theCurrentItemIsTheLongestPrefixOfThePagesPath() {
        assertThat(current(at("/reports"))).isEqualTo("nav.reports");
        assertThat(current(at("/reports/42"))).isEqualTo("nav.reports");
        assertThat(current(at("/reportsx"))).isNull();
        assertThat(current(at("/dashboard"))).isEqualTo("nav.dashboard");
        assertThat(current(at("/dashboard/unmentored"))).as("a Council tab under the dashboard's path").isEqualTo("nav.council");
        assertThat(current(at("/dashboard/orphans"))).isEqualTo("nav.council");
        assertThat(current(at("/orientation/calls"))).isEqualTo("nav.orientation");
    }

    @Test
    void theCurrentTabIsTheMostSpecificOne() {
        assertThat(at("/council").currentTab().path()).isEqualTo("/council");
        assertThat(at("/council/concerns").currentTab().path()).isEqualTo("/council/concerns");
        assertThat(at("/council/concerns/7").currentTab().path()).isEqualTo("/council/concerns");
        assertThat(at("/dashboard/orphans").currentTab().path()).isEqualTo("/dashboard/unmentored");
        assertThat(at("/reports").currentTab()).isNull();
    }

    @Test
    void someoneWithoutCouncilTabsGetsNoCouncilEntry() {
        MenuItems repOnly = actor -> List.of(MenuItem.of(Menu.MAIN, 10, "/dashboard", "nav.dashboard"));
        Navigation nav = Navigation.of(ANYONE, List.of(repOnly), "/dashboard");

        assertThat(nav.main()).extracting(MenuItem::labelKey).containsExactly("nav.dashboard");
        assertThat(nav.council()).isEmpty();
    }

    @Test
    void countsAreReadOnlyWhenAskedFor() {
        int[] reads = {0};
        MenuItems counted = actor -> List.of(MenuItem.of(Menu.COUNCIL, 10, "/council", "council.tabs.queue")
                .counting(() -> ++reads[0]));
        Navigation nav = Navigation.of(ANYONE, List.of(counted), "/council");

        assertThat(nav.main()).hasSize(1);
        assertThat(reads[0]).isZero();
        assertThat(nav.council().get(0).currentCount()).isEqualTo(1);
    }
}
