package org.repsportal.board;

import org.springframework.data.repository.Repository;

interface BoardReplyRepository extends Repository<BoardReply, Long> {

    BoardReply save(BoardReply reply);
}
