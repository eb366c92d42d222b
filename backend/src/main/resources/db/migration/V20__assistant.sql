-- The assistant's answers, feedback on them, the questions it could not answer, and the sensitive-word
-- list. Questions are stored with personal data (ID numbers, phone numbers) already masked.

create table assistant_messages (
    id              uuid primary key,
    conversation_id uuid        not null,
    account_id      uuid,
    question        text        not null,
    answer          text        not null,
    topic           text        not null,
    refused         boolean     not null,
    refusal_reason  text check (refusal_reason in ('OFF_TOPIC', 'NO_BASIS', 'SENSITIVE')),
    generated_by    text        not null check (generated_by in ('OFFLINE', 'LLM')),
    agreement       double precision,
    citations       text        not null default '',
    created_at      timestamptz not null
);

create index assistant_messages_conversation on assistant_messages (conversation_id, created_at);

-- One vote per answer; a second vote replaces the first.
create table assistant_feedback (
    message_id uuid primary key references assistant_messages (id) on delete cascade,
    helpful    boolean     not null,
    reason     text,
    created_at timestamptz not null
);

-- Questions the assistant refused for lack of a basis or as out of scope: what the knowledge base lacks.
create table assistant_unanswered (
    message_id uuid primary key references assistant_messages (id) on delete cascade,
    question   text        not null,
    topic      text        not null,
    reason     text        not null check (reason in ('OFF_TOPIC', 'NO_BASIS')),
    created_at timestamptz not null
);

create index assistant_unanswered_topic on assistant_unanswered (topic, created_at);

-- Words that make the assistant refuse a question and that are masked in any answer. Maintained by staff.
create table assistant_sensitive_words (
    word       text primary key check (length(word) between 1 and 50),
    updated_at timestamptz not null
);

insert into assistant_sensitive_words (word, updated_at) values
    ('炸药', now()),
    ('制造炸弹', now()),
    ('爆炸物', now()),
    ('杀了他', now()),
    ('砍死', now()),
    ('弄死', now()),
    ('报复社会', now()),
    ('枪支', now()),
    ('毒品', now()),
    ('冰毒', now()),
    ('赌博网站', now()),
    ('傻逼', now()),
    ('操你妈', now()),
    ('王八蛋', now()),
    ('去死', now());
