package org.repsportal.identity;

import java.util.List;

import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final People people;
    private final IdentityProperties properties;

    AccountUserDetailsService(AccountRepository accounts, People people, IdentityProperties properties) {
        this.accounts = accounts;
        this.people = people;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip())
                .filter(found -> found.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        return userOf(account);
    }

    /** The person of an account as they are signed in, whichever way; empty without an account. */
    @Transactional(readOnly = true)
    java.util.Optional<PortalUser> userFor(long personId) {
        return accounts.findById(personId).map(this::userOf);
    }

    private PortalUser userOf(Account account) {
        Person person = people.get(account.getPersonId());
        var authorities = new java.util.ArrayList<>(authorities(person));
        if (properties.readOnly(person.getRoles(), person.getStatus())) {
            authorities.add(new SimpleGrantedAuthority(ReadOnlyAccessFilter.READ_ONLY));
        }
        // a lock is never told apart from a wrong password: the sign-in gate refuses before this is asked
        return new PortalUser(account.getPersonId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(), false, authorities);
    }

    static List<GrantedAuthority> authorities(Person person) {
        return authorities(person.getRoles());
    }

    static List<GrantedAuthority> authorities(java.util.Collection<org.repsportal.people.Role> roles) {
        return roles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
