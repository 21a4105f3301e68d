package org.repsportal.board;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface BoardRepository extends Repository<BoardThread, Long> {

    BoardThread saveAndFlush(BoardThread thread);

    BoardThread save(BoardThread thread);

    Optional<BoardThread> findById(Long id);
}
