-- The open tasks as the task list reads them (GET /api/tasks): one row per open user task of a
-- case, written by the application inside the engine's transaction (TaskListProjection). One
-- indexed query answers a page, where Camunda's task query needed an OR query, a join on
-- candidate groups, a process-instance query and one identity-link query per task.
-- No foreign key to support_case: a row describes engine state, the case is only its label.
create table open_task (
    task_id              varchar(64)    primary key,
    process_instance_id  varchar(64)    not null,
    case_id              uuid           not null,
    task_key             varchar(255)   not null,
    name                 varchar(255),
    assignee             varchar(255),
    candidate_groups     varchar(100)[] not null default '{}',
    -- The groups whose members may take the task: its candidate groups while nobody has it.
    -- Advisors see "assigned to me or in the advisors' pool"; as its own column the pool has
    -- its own statistics, where "assignee is null and groups contain advisors" would be
    -- estimated as if the two were independent (many times too many rows, so a wrong plan).
    pool_groups          varchar(100)[] not null
                         generated always as (case when assignee is null then candidate_groups else '{}' end) stored,
    company_id           varchar(64),
    case_reference       varchar(20),
    company_name         varchar(200),
    created_at           timestamptz    not null,
    due_at               timestamptz
);

-- Each index is one of the list's access paths; every task creation and claim writes them all,
-- so there is none without a query behind it.
-- Supervisors (everything, oldest first): the page is read in index order, no sort.
create index open_task_created_idx on open_task (created_at, task_id);
-- Advisors' own tasks (assignee = me) and assignment=me, in list order.
create index open_task_assignee_idx on open_task (assignee, created_at, task_id);
-- Company users (candidate_groups @> '{company:<id>}') and the advisors' pool
-- (pool_groups @> '{advisors}'): one GIN index serves either column.
create index open_task_groups_idx on open_task using gin (candidate_groups, pool_groups);
-- One case's tasks (case page, ?caseId=).
create index open_task_case_idx on open_task (case_id);
-- sort=due (soonest first, undated last, as ascending b-tree order has it) and overdue=true.
create index open_task_due_idx on open_task (due_at, created_at, task_id);

-- Existing installs already have open tasks: copy them from the engine's runtime tables (if the
-- engine created them yet). Timestamps there are local times without zone; the connection's
-- zone is the application's, as when the engine wrote them. Cases by process business key.
do $$
begin
    if to_regclass('public.act_ru_task') is not null then
        insert into desk.open_task (task_id, process_instance_id, case_id, task_key, name, assignee,
                                    candidate_groups, company_id, case_reference, company_name, created_at, due_at)
        select t.id_, t.proc_inst_id_, c.id, t.task_def_key_, t.name_, t.assignee_,
               coalesce((select array_agg(distinct l.group_id_ order by l.group_id_)
                         from public.act_ru_identitylink l
                         where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null), '{}'),
               c.company_id, c.reference, c.company_name, t.create_time_::timestamptz, t.due_date_::timestamptz
        from public.act_ru_task t
        join public.act_ru_execution p on p.id_ = t.proc_inst_id_
        join desk.support_case c on c.id::text = p.business_key_
        on conflict (task_id) do nothing;
    end if;
end $$;
