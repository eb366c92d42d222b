-- 劳动争议调解仲裁法 第三十条: the respondent answers the application; its answer per claim (the claim's number in
-- the application, AGREE / DISAGREE / PARTLY, the reason, the amount disputed) is kept with the defence as one
-- JSON array, in the order of the claims.
alter table defences add column claims jsonb;

-- Each document is for its addressee only: the applicant (APPLICANT), the respondents (RESPONDENTS) or
-- both (BOTH); staff see all. Documents issued before this change get the addressee their kind always had.
alter table case_documents add column addressee text not null default 'BOTH'
    check (addressee in ('APPLICANT', 'RESPONDENTS', 'BOTH'));
update case_documents set addressee = 'APPLICANT'
 where kind in ('ACCEPTANCE_NOTICE', 'REJECTION_NOTICE', 'CORRECTION_NOTICE', 'DEFENCE');
update case_documents set addressee = 'RESPONDENTS' where kind = 'RESPONDENT_COPY';

-- How an inbox message served its document: ELECTRONIC (full text, with consent: opening it is the service) or
-- PAPER (a notice that the paper copy follows). Null for messages without a document and for older ones.
alter table inbox_messages add column service text check (service in ('ELECTRONIC', 'PAPER'));
