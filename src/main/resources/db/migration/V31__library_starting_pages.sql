-- The program's starting procedures, written for the portal. Version 1 of each page; later versions come
-- from suggestions the Council accepts.
insert into sop_pages (id, slug, title, summary, current_version, review_by, flagged_outdated, outdated_note, updated_at)
values (nextval('sop_pages_seq'), 'mentor-training', 'Mentor training',
        'What a new mentor goes through, what the role asks, and how to handle the hard parts.',
        1, current_date + interval '6 months', true,
        'Carried over from the old wiki, where it was marked as possibly outdated. The Council reviews it after the next group of new mentors finishes orientation; suggestions welcome.',
        now());
insert into sop_pages (id, slug, title, summary, current_version, review_by, updated_at)
values (nextval('sop_pages_seq'), 'mentoring', 'Mentoring',
        'The mentor role: administrative and mentoring duties, check-ins, applicants and capacity.',
        1, current_date + interval '12 months', now());
insert into sop_pages (id, slug, title, summary, current_version, review_by, updated_at)
values (nextval('sop_pages_seq'), 'budget-review', 'Budget review',
        'How an event budget is requested, reviewed by the mentor and decided by the Council.',
        1, current_date + interval '12 months', now());

insert into sop_page_versions (id, page_id, number, body, change_note, created_at)
select nextval('sop_page_versions_seq'), id, 1, $md$
Welcome. Being asked to mentor means other volunteers trust you with their first steps in the program.
This page is the training every new mentor goes through. It is short on rules and long on habits that
work; if something here no longer matches how we do things, press **Suggest an edit** and say so.

## Orientation, step by step

Your orientation checklist in the portal tracks these steps. You can see what is left at any time under
**Orientation**.

1. **Onboarding call.** A few Council members meet the new mentors of the month. Bring your questions:
   there are no silly ones. The Council confirms your attendance.
2. **Training.** Join a training call (the Council confirms attendance), or work through the training
   material on your own and mark it reviewed.
3. **The mentors' channel.** Join the mentors-only channel. It is where mentors ask each other for
   advice and share what worked.
4. **Read the procedures.** Read this page, *Mentoring* and *Budget review*, then press
   **I have read this version** on each. The portal remembers which version you read.
5. **Plan a first check-in with each mentee.** Put a date in your calendar and write down what you want
   to learn from the conversation.

Until orientation is complete you are not offered for new mentees, unless the Council decides otherwise.

## What the role asks

Mentoring has two halves.

- **Administrative duties**: reviewing applications and interviewing applicants, sending a welcome pack
  to each new Rep, verifying the activities your mentees report, and reviewing their budget requests.
- **Mentoring duties**: the human part. Regular conversations with each mentee, with a goal for each
  one; noticing when someone goes quiet; helping people grow into what they want to do.

Both matter. The portal keeps the administrative work in your task list so that the human part gets
your best attention.

## Reviewing a budget

A careful budget review is one of the most useful things you do for the program. Before you pass a
request to the Council, go through the checklist in *Budget review*:

- Do you understand the success metrics, and are they realistic for this event? Suggest metrics your
  mentee may have missed.
- Has your mentee looked back at similar events they or others ran, and what did they learn?
- Did they ask for donated space, catering partners or other ways to save money?
- Is any travel really needed?
- Is the agenda detailed, with times for each item?
- Are catering and printing in proportion to the number of people expected?

Ask questions in the review rather than rewriting the request yourself. Mentors do not approve budgets;
your rationale helps the Council decide.

## Communication

**With your mentees.** Agree on a rhythm (monthly is a good default, more often in a Rep's first three
months) and put it in your calendar. Give every check-in a purpose, even a small one: how did the last
event go, what is blocking you, what would you like to try next. Write down follow-ups and come back to
them.

**With other mentors.** You are not alone. Ask in the mentors' channel when you are unsure, and share
what went well; someone else is facing the same question.

**With the Council.** You are your mentees' first contact, and the Council is there for what goes
beyond you. Raise a concern in the portal when a mentee reports abusive behaviour, worries about misused
funds or swag, has an idea the whole program could use, or when you have a personal worry about a mentee
that should not be discussed widely. Tell the Council, too, about emerging leaders you see: the program
wants new voices in its conversations.

Feedback a mentee has for a functional area or for leadership should reach those people. Encourage your
mentee to write to them, or offer to pass it on.

## When there is conflict

Start by asking for help: your own mentor and the Council are the first people to talk to. Follow the
Community Participation Guidelines in what you suggest to your mentee and in what you do yourself.
Community leaders report problems; they do not investigate them alone.

## Being away

Everyone is unavailable sometimes. Declare an absence in the portal with a delegate and an auto-reply so
that your mentees know whom to contact. If you will be away for more than three months, ask the Council
to reassign your mentees or agree on a plan for that time.

## Stepping down

If you decide to stop mentoring, tell your mentees first, then the Council. You may recommend a
successor. The Council reassigns your mentees; your mentor role ends when none are left. Thank you for
the time you gave.

## Why it matters

Mentoring is how the program passes on what it knows. It also builds skills you will use elsewhere:
solving problems, resolving conflict, designing feedback, leading volunteers. Keep telling us how to
make this training better.
$md$, 'Starting text of the portal''s library', now()
from sop_pages where slug = 'mentor-training';

insert into sop_page_versions (id, page_id, number, body, change_note, created_at)
select nextval('sop_page_versions_seq'), id, 1, $md$
This page describes the mentor role in the program: who becomes a mentor, what mentors do, and how the
portal supports them. New mentors also read *Mentor training*.

## Becoming a mentor

A Rep becomes a mentor by nomination: their own mentor or a Council member nominates them, or they
nominate themselves and their mentor endorses it. The Council appoints or declines, always with a
reason. An appointed mentor goes through orientation before taking new mentees.

## Administrative duties

- **Applicants.** When the Council asks you to interview an applicant, do it within a week. Score each
  selection criterion, add a note, and recommend a decision.
- **Welcome packs.** When a new Rep is assigned to you, send their welcome pack and record what was
  sent and when.
- **Activity verification.** Some activities your mentees report ask for your verification. Check them
  within two weeks.
- **Budget requests.** Review your mentees' budget requests with the checklist in *Budget review*.

All of these arrive as tasks on your dashboard and most close themselves when the work is done.

## Mentoring duties

- **Check-ins.** Plan a first check-in within two weeks of a new assignment, then keep a regular rhythm.
  Write at least one goal before each check-in, and notes and follow-ups after it.
- **Noticing silence.** The dashboard shows mentees who have not reported for four or eight weeks. A
  friendly message is usually all it takes.
- **Growth.** Help your mentees find the functional areas and initiatives that fit them, and nominate
  emerging leaders when you see them.

## Capacity

A mentor guides a limited number of mentees at a time (eight by default). If you are over capacity, or
need a break, tell the Council so that new Reps go to someone with room.

## Email and filters

Mail from the portal has a fixed subject prefix and a category header per kind of message. Set up mail
filters so that mentee messages and reviews stand out from everything else.

## Improving this page

Procedures are the program's shared memory. Suggest an edit whenever something here is wrong, missing
or out of date.
$md$, 'Starting text of the portal''s library', now()
from sop_pages where slug = 'mentoring';

insert into sop_page_versions (id, page_id, number, body, change_note, created_at)
select nextval('sop_page_versions_seq'), id, 1, $md$
Events are where communities meet, and some need money. This page explains how a Rep asks for a budget,
how their mentor reviews it, and how the Council decides.

## Before filing

A budget request belongs to a planned event with:

- a name, dates, and a venue or an online link;
- the expected attendance;
- a **detailed agenda** with a time for each item;
- goals, and at least three **success metrics** with expected outcomes.

File the request at least **three weeks** before the event. Later requests need an exception from the
Council.

## The request

List each cost as a line item with a category (venue, catering, printing, travel, swag or other), a
quantity and a unit cost, in one currency. Say which donations or partners you asked for (free space,
catering sponsors) and, if the budget includes travel, why it is needed.

## Mentor review

The mentor reviews first, point by point, and marks each as fine or as a concern with a comment:

1. The metrics are understood and realistic, judged against past events.
2. Lessons from similar past events were used.
3. Donated space, catering partners or other savings were sought.
4. Travel is necessary.
5. The agenda is detailed.
6. Catering and printing are not out of proportion to attendance.

The mentor then writes a short rationale and either passes the request on for a decision or sends it
back for changes. Mentors do not approve budgets.

## Decision

- Under **USD 500** (or the equivalent), one Council reviewer decides.
- From USD 500 up, the Council votes: three days of discussion, then three days of voting, decided by a
  majority of the Council. If no option has a majority a day before the end, voting is extended once.

A decision is approved, partly approved (with the amount), changes requested, or denied, and it always
comes with reasons.

## After the event

Report the actual attendance and the outcome of each metric, file an activity report with photos, and
upload the receipts within **three months**. A Rep with overdue receipts cannot file a new request until
they are in.
$md$, 'Starting text of the portal''s library', now()
from sop_pages where slug = 'budget-review';
