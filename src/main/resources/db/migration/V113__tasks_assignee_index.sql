-- the tasks a person is given, whatever their state (the open ones also have tasks_assignee_open_idx)
create index tasks_assignee_idx on tasks (assignee_id);
