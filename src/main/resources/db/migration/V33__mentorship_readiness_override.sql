-- An assignment made although the mentor's orientation was not complete keeps the Council's reason
alter table mentor_assignments add column readiness_override varchar(500);
