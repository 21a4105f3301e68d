package org.repsportal.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<Person, Long> {

    Optional<Person> findById(Long id);

    @Query("select p from Person p where lower(p.email) = lower(?1)")
    Optional<Person> findByEmail(String email);

    Person save(Person person);

    Person saveAndFlush(Person person);

    long count();

    @Query(value = """
            select p.id, p.display_name from people p
            where p.status = 'ACTIVE' and exists (select 1 from person_roles r where r.person_id = p.id and r.role = ?1)
            order by lower(p.display_name)""", nativeQuery = true)
    List<Object[]> findActiveWithRole(String role);

    @Query(value = "select p.id, p.display_name from people p where p.id = any(:ids)", nativeQuery = true)
    List<Object[]> findNames(Long[] ids);
}
