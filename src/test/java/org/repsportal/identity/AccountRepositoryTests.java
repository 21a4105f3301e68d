package org.repsportal.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every query of {@link AccountRepository}, and the accounts table's rules, on the embedded PostgreSQL. */
@PortalTest
class AccountRepositoryTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    Accounts accountService;

    @Autowired
    People people;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Program program;

    private Person withoutAccount(String name) {
        return people.register(new NewPerson(name, name, name.toLowerCase() + "." + System.nanoTime() + "@accounts.test",
                "DE", null, "Europe/Berlin", Set.of(), Set.of(), null, LocalDate.of(2024, 1, 1), EnumSet.of(Role.REP),
                PersonStatus.ACTIVE));
    }

    @Test
    void findsAnAccountByUsernameWhateverTheCase() {
        Person person = program.rep("Una");

        assertThat(accounts.findByUsername(person.getEmail().toUpperCase())).map(Account::getPersonId).contains(person.getId());
        assertThat(accounts.findByUsername("x" + person.getEmail())).isEmpty();
    }

    @Test
    void findsAnAccountByItsPerson() {
        Person person = program.rep("Vic");

        assertThat(accounts.findById(person.getId())).map(Account::getUsername).contains(person.getEmail());
        assertThat(accounts.findById(987_654_321L)).isEmpty();
    }

    @Test
    void twoAccountsCannotShareAUsernameInAnyCase() {
        Person taken = program.rep("Wes");
        Person newcomer = withoutAccount("Xia");

        assertThatThrownBy(() -> accountService.openWithHash(newcomer.getId(), taken.getEmail().toUpperCase(),
                accountService.hashOf("pw"))).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(accountService.exists(newcomer.getId())).isFalse();
    }

    @Test
    void manyAccountsOpenInOneBatchWithASharedHash() {
        Person a = withoutAccount("Yan");
        Person b = withoutAccount("Zoe");

        accountService.openAllWithHash(Map.of(a.getId(), a.getEmail(), b.getId(), b.getEmail()), accountService.hashOf("shared"));

        Account first = accounts.findByUsername(a.getEmail()).orElseThrow();
        Account second = accounts.findByUsername(b.getEmail()).orElseThrow();
        assertThat(first.getPersonId()).isEqualTo(a.getId());
        assertThat(first.getPasswordHash()).isEqualTo(second.getPasswordHash());
        assertThat(passwordEncoder.matches("shared", first.getPasswordHash())).isTrue();
        assertThat(first.isEnabled()).isTrue();
        assertThat(first.getFailedAttempts()).isZero();
    }
}
