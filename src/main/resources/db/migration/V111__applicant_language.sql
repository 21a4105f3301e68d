-- The language an applicant used the portal in when they applied (en, es): every mail to them is written in it.
-- Applications from before were all answered in English.
alter table applications add column language varchar(8) not null default 'en';

-- The language of a mail to someone outside the program (an applicant, a referee), for its footer; members' mail
-- takes theirs from their profile.
alter table mail_messages add column language varchar(8);
