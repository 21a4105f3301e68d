-- the operators' gauge of mail given up on counts this partial index, as the backlog counts mail_messages_due_idx
create index mail_messages_failed_idx on mail_messages (id) where status = 'FAILED';
