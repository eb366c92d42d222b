-- How each document of a case reached each side it is addressed to (送达): ELECTRONIC when a party who consented
-- opened it in the inbox (served_at is that moment), PAPER on the day staff recorded the signed receipt. One row
-- per document and side; none while the document is not yet served. The application copy's service on the
-- respondents also stays on the case (served_on, service_method), because the defence period runs from it.
create table document_services (
    document_id uuid        not null references case_documents (id) on delete cascade,
    party       text        not null check (party in ('APPLICANT', 'RESPONDENT')),
    method      text        not null check (method in ('ELECTRONIC', 'PAPER')),
    served_on   date        not null,
    served_at   timestamptz,
    recorded_by uuid,
    recorded_at timestamptz not null,
    primary key (document_id, party)
);

-- The application copies already served keep their service here too.
insert into document_services (document_id, party, method, served_on, served_at, recorded_at)
select d.id, 'RESPONDENT', c.service_method, c.served_on, c.served_at, coalesce(c.served_at, now())
  from case_documents d join cases c on c.id = d.case_id
 where d.kind = 'RESPONDENT_COPY' and c.served_on is not null and c.service_method in ('ELECTRONIC', 'PAPER');
